namespace FakeDynamo.Tests.Transactions;

/// <summary>All of a transaction or none of it, for readers, backups and point-in-time restores (data-plane §7.6).</summary>
public class TransactWriteAtomicityTests : TransactWriteTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.FromMinutes(5);

    [Test]
    public async Task TransactWriteItems_BackupRightAfter_HoldsTheWholeTransaction()
    {
        await CreateBothTablesAsync();
        await TransactWriteAsync(Put("Music", "x", "1", "tx"), Put("Music", "y", "1", "tx"), Delete("Music", "a", "1"));
        var backup = await BackupAsync("Music");
        await TransactWriteAsync(Put("Music", "z", "1", "later"));

        await RestoreAsync(backup.BackupArn, "FromBackup");
        Clock.Advance(TimeSpan.FromMinutes(5));
        Content("FromBackup").ShouldBe(["x/1=tx", "y/1=tx"]);
    }

    [Test]
    public async Task TransactWriteItems_PointInTimeRestore_JustBeforeHasNone_AtCommitHasAll()
    {
        await CreatePitrTableAsync("Music");
        await CreatePitrTableAsync("Books");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await PutTitleAsync("Music", "a", "1", "v1");
        await PutTitleAsync("Books", "b", "1", "v1");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await TransactWriteAsync(
            Update("Music", "a", "1", "SET title = :v2", (":v2", S("v2"))),
            Put("Music", "c", "1", "v2"),
            Put("Books", "b", "1", "v2"),
            Delete("Books", "gone", "1"));
        var committed = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(10));

        await RestoreToAsync(committed.AddMilliseconds(-1), "MusicBefore", "Music");
        await RestoreToAsync(committed, "MusicAfter", "Music");
        await RestoreToAsync(committed.AddMilliseconds(-1), "BooksBefore", "Books");
        await RestoreToAsync(committed, "BooksAfter", "Books");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Content("MusicBefore").ShouldBe(["a/1=v1"]);
        Content("MusicAfter").ShouldBe(["a/1=v2", "c/1=v2"]);
        Content("BooksBefore").ShouldBe(["b/1=v1"]);
        Content("BooksAfter").ShouldBe(["b/1=v2"]);
    }

    [Test]
    public async Task TransactWriteItems_OneCommitPerTable_SameTimestampForAllWrites()
    {
        await CreateBothTablesAsync();
        var before = ChangeCount("Music");
        await TransactWriteAsync(Put("Music", "x", "1", "tx"), Put("Music", "y", "1", "tx"), Check("Books", "b", "1", "attribute_exists(pk)"));
        ChangeCount("Music").ShouldBe(before + 2);
        ChangeCount("Books").ShouldBe(1); // the ConditionCheck wrote nothing
    }

    [Test]
    public async Task TransactWriteItems_ConcurrentTransactGet_SeesEachTransactionWhollyOrNotAtAll()
    {
        await CreateBothTablesAsync();

        // Each transaction moves one unit from Music to Books; a consistent cut always sees the same total.
        await TransactWriteAsync(Update("Music", "acct", "1", "SET n = :v", (":v", N("200"))), Update("Books", "acct", "1", "SET n = :z", (":z", N("0"))));
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await TransactWriteAsync(
                    Update("Music", "acct", "1", "SET n = n - :one", (":one", N("1"))),
                    Update("Books", "acct", "1", "SET n = n + :one", (":one", N("1"))));
            }
        });

        var reads = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            var response = await Client.TransactGetItemsAsync(new TransactGetItemsRequest
            {
                TransactItems =
                [
                    new TransactGetItem { Get = new Get { TableName = "Music", Key = Key("acct", "1") } },
                    new TransactGetItem { Get = new Get { TableName = "Books", Key = Key("acct", "1") } },
                ],
            });
            (int.Parse(response.Responses[0].Item["n"].N, System.Globalization.CultureInfo.InvariantCulture)
                + int.Parse(response.Responses[1].Item["n"].N, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(200);
            reads++;
        }

        await writer;
        (await Client.GetItemAsync("Books", Key("acct", "1"))).Item["n"].N.ShouldBe("200");
    }

    [Test]
    public async Task TransactWriteItems_ConcurrentConditionalTransactions_NeverBothSucceed()
    {
        await CreateBothTablesAsync();
        var wins = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await TransactWriteAsync(Put("Music", "lock", "1", "owner" + i, condition: "attribute_not_exists(pk)"), Put("Books", "log", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x"));
                Interlocked.Increment(ref wins);
            }
            catch (TransactionCanceledException)
            {
            }
        })));

        wins.ShouldBe(1);
        Content("Books").Count.ShouldBe(2); // "b/1" and the single winner's log entry
    }
}
