using System.Globalization;
using FakeDynamo.Engine;
using FakeDynamo.Storage;

namespace FakeDynamo.Tests.Storage;

/// <summary>Index versions maintained write by write equal an index built from scratch, and share structure.</summary>
public class IndexStateTests
{
    private static readonly KeyAttribute Pk = new("pk", 'S');
    private static readonly KeyAttribute Sk = new("sk", 'N');

    private static readonly TableSchema Schema = new(
        Pk,
        Sk,
        [Pk, Sk, new KeyAttribute("g", 'S'), new KeyAttribute("r", 'N')],
        [
            new IndexDefinition("byG", true, new KeyAttribute("g", 'S'), new KeyAttribute("r", 'N'), new IndexProjection("INCLUDE", ["x"]), null, null),
            new IndexDefinition("gOnly", true, new KeyAttribute("g", 'S'), null, new IndexProjection("KEYS_ONLY", []), null, null),
            new IndexDefinition("byR", false, Pk, new KeyAttribute("r", 'N'), new IndexProjection("ALL", []), null, null),
        ],
        BillingModes.PayPerRequest,
        Throughput.Zero,
        null,
        null,
        null,
        "STANDARD",
        false);

    private static AttributeValue S(string s) => new() { S = s };

    private static AttributeValue N(int n) => new() { N = n.ToString(CultureInfo.InvariantCulture) };

    [Test]
    public void With_RandomWrites_MatchesIndexBuiltFromScratch()
    {
        var random = new Random(7);
        var state = StoreState.Empty.WithIndexes(Schema);
        for (var i = 0; i < 2000; i++)
        {
            var key = new PrimaryKey(KeyValue.From(S("p" + random.Next(6)))!, KeyValue.From(N(random.Next(40)))!);
            Item? item = null;
            if (random.Next(5) > 0)
            {
                var attributes = new Dictionary<string, AttributeValue> { ["pk"] = key.Partition.ToAttributeValue(), ["sk"] = key.Sort!.ToAttributeValue() };
                if (random.Next(4) > 0) attributes["g"] = S("g" + random.Next(3));
                if (random.Next(4) > 0) attributes["r"] = N(random.Next(10));
                if (random.Next(2) > 0) attributes["x"] = S(new string('x', random.Next(20)));
                if (random.Next(2) > 0) attributes["y"] = S("y");
                item = Item.CopyFrom(attributes);
            }

            state = state.With(key, item, state.Sequence + 1);
        }

        // Rebuild every index from the items alone (a schema with no indexes drops them, then they are built again).
        var rebuilt = state.WithIndexes(Schema with { Indexes = [] }).WithIndexes(Schema);
        foreach (var name in new[] { "byG", "gOnly", "byR" })
        {
            var maintained = state.Index(name)!;
            var built = rebuilt.Index(name)!;
            built.ShouldNotBeSameAs(maintained);
            maintained.Count.ShouldBe(built.Count, name);
            maintained.SizeBytes.ShouldBe(built.SizeBytes, name);
            Flatten(maintained).ShouldBe(Flatten(built), name);
        }

        state.Index("byR")!.Count.ShouldBe(state.All().Count(i => i["r"] is not null));
    }

    [Test]
    public void With_ItemOutsideAnIndex_KeepsThatIndexVersion()
    {
        var state = StoreState.Empty.WithIndexes(Schema);
        var key = new PrimaryKey(KeyValue.From(S("p"))!, KeyValue.From(N(1))!);
        var next = state.With(key, Item.CopyFrom(new Dictionary<string, AttributeValue> { ["pk"] = S("p"), ["sk"] = N(1), ["r"] = N(3) }), 1);

        next.Index("byG").ShouldBeSameAs(state.Index("byG"));
        next.Index("gOnly").ShouldBeSameAs(state.Index("gOnly"));
        next.Index("byR").ShouldNotBeSameAs(state.Index("byR"));
        next.Index("byR")!.Count.ShouldBe(1);
    }

    [Test]
    public void WithIndexes_SameShape_KeepsTheVersionItself()
    {
        var state = StoreState.Empty.WithIndexes(Schema);
        var throughputOnly = Schema with { Indexes = Schema.Indexes.Select(i => i with { Throughput = new Throughput(5, 5) }).ToList() };

        state.WithIndexes(throughputOnly).ShouldBeSameAs(state);
    }

    private static List<string> Flatten(IndexState index) =>
        index.Partitions.SelectMany(p => p.Value.Select(e =>
            $"{p.Key}|{e.Key.IndexSort}|{e.Key.TableKey}|{string.Join(",", e.Value.Attributes.Keys.Order(StringComparer.Ordinal))}|{e.Value.Size}")).ToList();
}
