using System.Reflection;
using FakeDynamo.Engine;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

/// <summary>Every committed write reaches the table's changelog (what backups and point-in-time restore read).</summary>
public class ItemChangelogTests : FakeDynamoTestBase
{
    private Table MusicTable()
    {
        var account = (Account)typeof(FakeDynamoDBClient).GetField("_account", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(Fake)!;
        return account.UsableTable("Music");
    }

    [Test]
    public async Task Writes_ThroughEveryOperation_RecordedWithOldAndNewImages()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "1", ("v", new AttributeValue { N = "1" }));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await PutAsync("Music", "a", "1", ("v", new AttributeValue { N = "2" }));
        await Client.DeleteItemAsync("Music", Key("a", "1"));
        await Client.DeleteItemAsync("Music", Key("never", "there"));
        await Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
        {
            ["Music"] = [new WriteRequest(new PutRequest(Key("b", "1"))), new WriteRequest(new DeleteRequest(Key("nobody", "1")))],
        });

        var store = MusicTable().Store;
        var changes = store.ChangesBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        changes.Select(c => c.Sequence).ShouldBe([1L, 2L, 3L, 4L]);
        changes[0].Old.ShouldBeNull();
        changes[1].Old!["v"]!.N.ShouldBe("1");
        changes[1].New!["v"]!.N.ShouldBe("2");
        changes[1].Timestamp.ShouldBe(changes[0].Timestamp.AddSeconds(1));
        changes[2].New.ShouldBeNull();
        changes[3].New!["pk"]!.S.ShouldBe("b");
        store.StateAt(changes[0].Timestamp).Get(changes[0].Key)!["v"]!.N.ShouldBe("1");
    }

    [Test]
    public async Task FailedWrite_RecordsNothing()
    {
        await CreateTableAsync();
        await Should.ThrowAsync<AmazonDynamoDBException>(() => Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
        {
            ["Music"] = [new WriteRequest(new PutRequest(Key("b", "1"))), new WriteRequest(new PutRequest(Key("b", "")))],
        }));
        MusicTable().Store.ChangeCount.ShouldBe(0);
    }
}
