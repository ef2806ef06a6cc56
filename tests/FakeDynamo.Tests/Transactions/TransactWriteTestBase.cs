using FakeDynamo.Tests.ContinuousBackups;

namespace FakeDynamo.Tests.Transactions;

/// <summary>Builders for TransactWriteItems fixtures: two tables "Music" and "Books" (pk/sk strings).</summary>
public abstract class TransactWriteTestBase : PitrTestBase
{
    protected static AttributeValue S(string value) => new() { S = value };

    protected static AttributeValue N(string value) => new() { N = value };

    protected static TransactWriteItem Put(string table, string pk, string sk, string? title = null, string? condition = null)
    {
        var item = Key(pk, sk);
        if (title is not null)
        {
            item["title"] = S(title);
        }

        return new TransactWriteItem { Put = new Put { TableName = table, Item = item, ConditionExpression = condition } };
    }

    protected static TransactWriteItem Delete(string table, string pk, string sk, string? condition = null) =>
        new() { Delete = new Delete { TableName = table, Key = Key(pk, sk), ConditionExpression = condition } };

    protected static TransactWriteItem Check(string table, string pk, string sk, string condition) =>
        new() { ConditionCheck = new ConditionCheck { TableName = table, Key = Key(pk, sk), ConditionExpression = condition } };

    protected static TransactWriteItem Update(string table, string pk, string sk, string expression, params (string Name, AttributeValue Value)[] values) =>
        new()
        {
            Update = new Update
            {
                TableName = table,
                Key = Key(pk, sk),
                UpdateExpression = expression,
                ExpressionAttributeValues = values.Length == 0 ? null : values.ToDictionary(v => v.Name, v => v.Value),
            },
        };

    protected Task<TransactWriteItemsResponse> TransactWriteAsync(params TransactWriteItem[] items) =>
        Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [.. items] });

    protected async Task<TransactionCanceledException> ShouldCancelAsync(Func<Task> call, params string[] codes)
    {
        var error = await ShouldFailAsync<TransactionCanceledException>(call, "TransactionCanceledException",
            $"Transaction cancelled, please refer cancellation reasons for specific reasons [{string.Join(", ", codes)}]");
        error.CancellationReasons.Select(r => r.Code).ShouldBe(codes);
        return error;
    }

    /// <summary>Every item of both tables as "table:pk/sk=title" (to show that a failed call changed nothing).</summary>
    protected List<string> Everything() =>
        [.. Content("Music").Select(l => "Music:" + l), .. Content("Books").Select(l => "Books:" + l)];

    protected async Task CreateBothTablesAsync()
    {
        await CreateTableAsync("Music");
        await CreateTableAsync("Books");
        await PutTitleAsync("Music", "a", "1", "song");
        await PutTitleAsync("Books", "b", "1", "book");
    }
}
