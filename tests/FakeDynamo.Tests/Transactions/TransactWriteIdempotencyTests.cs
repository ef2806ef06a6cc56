namespace FakeDynamo.Tests.Transactions;

/// <summary>ClientRequestToken (data-plane §7.4, §9) on the manual clock.</summary>
public class TransactWriteIdempotencyTests : TransactWriteTestBase
{
    [SetUp]
    public Task CreateTables() => CreateBothTablesAsync();

    private static TransactWriteItemsRequest Counting(string token, string? capacity = null) => new()
    {
        ClientRequestToken = token,
        ReturnConsumedCapacity = capacity is null ? null : new ReturnConsumedCapacity(capacity),
        TransactItems = [Update("Music", "a", "1", "ADD n :one", (":one", N("1"))), Put("Books", "p", "1", "t")],
    };

    private async Task<string> CountAsync() => (await Client.GetItemAsync("Music", Key("a", "1"))).Item["n"].N;

    [Test]
    public async Task TransactWriteItems_SameTokenSameRequestWithinTenMinutes_DoesNotWriteAgain()
    {
        await Client.TransactWriteItemsAsync(Counting("token-1"));
        Clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var replay = await Client.TransactWriteItemsAsync(Counting("token-1"));

        replay.HttpStatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await CountAsync()).ShouldBe("1");
    }

    [Test]
    public async Task TransactWriteItems_SameTokenAfterTenMinutes_IsANewRequest()
    {
        await Client.TransactWriteItemsAsync(Counting("token-1"));
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Client.TransactWriteItemsAsync(Counting("token-1"));

        (await CountAsync()).ShouldBe("2");
    }

    [Test]
    public async Task TransactWriteItems_NullOrDifferentTokens_WriteEveryTime()
    {
        var noToken = Counting("x");
        noToken.ClientRequestToken = null; // what the SDK object holds before marshalling: no idempotency
        await Client.TransactWriteItemsAsync(noToken);
        await Client.TransactWriteItemsAsync(noToken);
        await Client.TransactWriteItemsAsync(Counting("t1"));
        await Client.TransactWriteItemsAsync(Counting("t2"));

        (await CountAsync()).ShouldBe("4");
    }

    [Test]
    public async Task TransactWriteItems_SameTokenDifferentRequest_ThrowsIdempotentParameterMismatch()
    {
        await Client.TransactWriteItemsAsync(Counting("token-1"));
        var other = Counting("token-1");
        other.TransactItems[0].Update.ExpressionAttributeValues[":one"] = N("2");

        await ShouldFailAsync<IdempotentParameterMismatchException>(() => Client.TransactWriteItemsAsync(other), "IdempotentParameterMismatchException",
            "The request uses the same client token as a previous, but non-identical request.");
        (await CountAsync()).ShouldBe("1");

        Clock.Advance(TimeSpan.FromMinutes(10));
        await Client.TransactWriteItemsAsync(other);
        (await CountAsync()).ShouldBe("3");
    }

    [Test]
    public async Task TransactWriteItems_SameTokenMapMembersReordered_IsTheSameRequest()
    {
        await Client.TransactWriteItemsAsync(Counting("token-1"));
        var reordered = Counting("token-1");
        reordered.TransactItems[1].Put.Item = new() { ["title"] = S("t"), ["sk"] = S("1"), ["pk"] = S("p") };

        await Client.TransactWriteItemsAsync(reordered);
        (await CountAsync()).ShouldBe("1");
    }

    [Test]
    public async Task TransactWriteItems_ReplayWithCapacity_ReportsReadUnitsInsteadOfWriteUnits()
    {
        var first = await Client.TransactWriteItemsAsync(Counting("token-1", "TOTAL"));
        var replay = await Client.TransactWriteItemsAsync(Counting("token-1", "TOTAL"));

        first.ConsumedCapacity.Select(c => c.CapacityUnits).ShouldBe([2.0, 2.0]);
        replay.ConsumedCapacity.Select(c => c.TableName).ShouldBe(["Music", "Books"]);
        replay.ConsumedCapacity.Select(c => c.CapacityUnits).ShouldBe([1.0, 1.0]);
    }

    [Test]
    public async Task TransactWriteItems_CancelledRequest_CanBeRetriedWithItsToken()
    {
        var guarded = Counting("token-1");
        guarded.TransactItems[1].Put.ConditionExpression = "attribute_not_exists(pk)";
        await PutTitleAsync("Books", "p", "1", "blocker");
        await ShouldCancelAsync(() => Client.TransactWriteItemsAsync(guarded), "None", "ConditionalCheckFailed");

        await Client.DeleteItemAsync("Books", Key("p", "1"));
        await Client.TransactWriteItemsAsync(guarded);
        (await CountAsync()).ShouldBe("1");
    }

    [Test]
    public async Task TransactWriteItems_TokenOfARunningRequest_ThrowsTransactionInProgress()
    {
        // A request with "busy" is still running (marked the way the client marks it), so none can complete yet.
        Account.BeginTransaction("busy", "anything").ShouldBeNull();

        await ShouldFailAsync<TransactionInProgressException>(() => Client.TransactWriteItemsAsync(Counting("busy")),
            "TransactionInProgressException", "Transaction from previous request is still in progress");
        (await Client.GetItemAsync("Music", Key("a", "1"))).Item.ContainsKey("n").ShouldBeFalse();

        Account.EndTransaction("busy", "anything", null); // it failed: the token is free again
        await Client.TransactWriteItemsAsync(Counting("busy"));
        (await CountAsync()).ShouldBe("1");
    }
}
