using System.Globalization;

namespace FakeDynamo.Tests.Queries;

/// <summary>Paged results of every sort-key operator, in both directions, equal the filtered sorted partition.</summary>
public class QueryPagingTests : ReadTestBase
{
    private static readonly List<string> SortKeys =
        Enumerable.Range(0, 60).Select(i => (i * 7 % 60).ToString("D2", CultureInfo.InvariantCulture)).Concat(["1", "1a", "1zz", "2"]).ToList();

    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        foreach (var sk in SortKeys)
        {
            await PutAsync("Music", "p", sk);
            await PutAsync("Music", "q", sk);
        }
    }

    [TestCase("sk = :a", "1a", null)]
    [TestCase("sk < :a", "31", null)]
    [TestCase("sk <= :a", "31", null)]
    [TestCase("sk > :a", "31", null)]
    [TestCase("sk >= :a", "31", null)]
    [TestCase("sk BETWEEN :a AND :b", "15", "42")]
    [TestCase("begins_with(sk, :a)", "1", null)]
    [TestCase("begins_with(sk, :a)", "9", null)]
    [TestCase("sk > :a", "99", null)]
    [TestCase(null, null, null)]
    public async Task Query_PagedInBothDirections_MatchesFilteredPartition(string? condition, string? a, string? b)
    {
        var expected = SortKeys.Where(sk => condition switch
        {
            null => true,
            "sk = :a" => sk == a,
            "sk < :a" => string.CompareOrdinal(sk, a) < 0,
            "sk <= :a" => string.CompareOrdinal(sk, a) <= 0,
            "sk > :a" => string.CompareOrdinal(sk, a) > 0,
            "sk >= :a" => string.CompareOrdinal(sk, a) >= 0,
            "sk BETWEEN :a AND :b" => string.CompareOrdinal(sk, a) >= 0 && string.CompareOrdinal(sk, b) <= 0,
            _ => sk.StartsWith(a!, StringComparison.Ordinal),
        }).Order(StringComparer.Ordinal).ToList();

        foreach (var forward in new[] { true, false })
        {
            foreach (var limit in new int?[] { null, 1, 4, 7 })
            {
                var values = new List<(string, AttributeValue)>();
                if (a is not null) values.Add((":a", S(a)));
                if (b is not null) values.Add((":b", S(b)));
                var request = QueryFor("p", condition, [.. values]);
                request.ScanIndexForward = forward;
                request.Limit = limit;
                var pages = await QueryAllPagesAsync(request);
                var keys = pages.SelectMany(p => p.Items).Select(i => i["sk"].S).ToList();
                keys.ShouldBe(forward ? expected : Enumerable.Reverse(expected).ToList(), $"forward={forward} limit={limit}");
                pages.SelectMany(p => p.Items).ShouldAllBe(i => i["pk"].S == "p");
            }
        }
    }
}
