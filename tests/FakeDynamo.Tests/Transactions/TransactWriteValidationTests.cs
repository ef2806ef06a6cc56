namespace FakeDynamo.Tests.Transactions;

/// <summary>TransactWriteItems whole-request errors (data-plane §7.1, §7.2, §7.4): plain ValidationExceptions, nothing written.</summary>
public class TransactWriteValidationTests : TransactWriteTestBase
{
    private List<string> _before = null!;

    [SetUp]
    public async Task CreateTables()
    {
        await CreateBothTablesAsync();
        _before = Everything();
    }

    [TearDown]
    public void NothingWritten() => Everything().ShouldBe(_before);

    [Test]
    public async Task TransactWriteItems_NoOrNullActions_ThrowsEnvelope()
    {
        await ShouldFailValidationAsync(() => TransactWriteAsync(),
            "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        await ShouldFailValidationAsync(() => Client.TransactWriteItemsAsync(new TransactWriteItemsRequest()),
            "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task TransactWriteItems_HundredActions_Accepted_HundredAndOne_Rejected()
    {
        var hundred = Enumerable.Range(0, 100).Select(i => Put("Music", "n" + i, "1", "t")).ToArray();
        await ShouldFailValidationAsync(() => TransactWriteAsync([.. hundred, Put("Music", "x", "1")]),
            "1 validation error detected: Value '[" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"com.amazonaws.dynamodb.v20120810.TransactWriteItem@{i:x8}"))
            + "]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");

        await TransactWriteAsync(hundred);
        Content("Music").Count.ShouldBe(101);
        _before = Everything();
    }

    [Test]
    public async Task TransactWriteItems_TwoMembersOrNone_ThrowsOneOfText()
    {
        var both = Put("Music", "x", "1");
        both.Delete = new Delete { TableName = "Music", Key = Key("y", "1") };
        await ShouldFailValidationAsync(() => TransactWriteAsync(both), "TransactItems can only contain one of Check, Put, Update or Delete");
        await ShouldFailValidationAsync(() => TransactWriteAsync(Put("Music", "x", "1"), new TransactWriteItem()),
            "TransactItems can only contain one of Check, Put, Update or Delete");
    }

    [Test]
    public async Task TransactWriteItems_MissingRequiredMembers_ReportsEveryOne()
    {
        await ShouldFailValidationAsync(
            () => TransactWriteAsync(
                new TransactWriteItem { ConditionCheck = new ConditionCheck { TableName = "Music", Key = Key("a", "1") } },
                new TransactWriteItem { Update = new Update { TableName = "Music" } },
                new TransactWriteItem { Put = new Put() }),
            "5 validation errors detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.2.member.update.key' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.2.member.update.updateExpression' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.3.member.put.item' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.3.member.put.tableName' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task TransactWriteItems_BadEnumsAndLongToken_ReportedTogether()
    {
        var delete = Delete("Music", "a", "1");
        delete.Delete.ReturnValuesOnConditionCheckFailure = new ReturnValuesOnConditionCheckFailure("DOG");
        var token = new string('t', 37);
        await ShouldFailValidationAsync(
            () => Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [delete], ClientRequestToken = token }),
            "2 validation errors detected: Value 'DOG' at 'transactItems.1.member.delete.returnValuesOnConditionCheckFailure' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [ALL_OLD, NONE]; "
            + $"Value '{token}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36");
    }

    [Test]
    public async Task TransactWriteItems_SameItemTwice_ThrowsDuplicateText()
    {
        const string Text = "Transaction request cannot include multiple operations on one item";
        await ShouldFailValidationAsync(() => TransactWriteAsync(Put("Music", "a", "1", "x"), Delete("Music", "a", "1")), Text);
        await ShouldFailValidationAsync(() => TransactWriteAsync(Check("Books", "b", "1", "attribute_exists(pk)"), Update("Books", "b", "1", "SET n = :v", (":v", N("1")))), Text);

        // Compared by value: attribute order and the table named by ARN do not matter.
        var arn = (await Client.DescribeTableAsync("Music")).Table.TableArn;
        var reordered = new TransactWriteItem
        {
            Delete = new Delete { TableName = arn, Key = new() { ["sk"] = S("1"), ["pk"] = S("a") } },
        };
        await ShouldFailValidationAsync(() => TransactWriteAsync(Put("Music", "a", "1", "x"), reordered), Text);
    }

    [Test]
    public async Task TransactWriteItems_SameKeyInTwoTables_IsAllowed()
    {
        await TransactWriteAsync(Put("Music", "k", "1", "m"), Put("Books", "k", "1", "b"));
        Everything().ShouldContain("Music:k/1=m");
        Everything().ShouldContain("Books:k/1=b");
        _before = Everything();
    }

    [Test]
    public async Task TransactWriteItems_ExpressionErrors_AreBareValidationExceptions()
    {
        var unusedName = Check("Music", "a", "1", "attribute_exists(pk)");
        unusedName.ConditionCheck.ExpressionAttributeNames = new() { ["#count"] = "count" };
        await ShouldFailValidationAsync(() => TransactWriteAsync(unusedName), "Value provided in ExpressionAttributeNames unused in expressions: keys: {#count}");

        var emptyValues = Put("Music", "x", "1", condition: "attribute_not_exists(pk)");
        emptyValues.Put.ExpressionAttributeValues = [];
        await ShouldFailValidationAsync(() => TransactWriteAsync(emptyValues), "ExpressionAttributeValues must not be empty");

        await ShouldFailValidationAsync(() => TransactWriteAsync(Update("Music", "a", "1", "SET a = :v SET b = :v", (":v", N("1")))),
            "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    [Test]
    public async Task TransactWriteItems_ExpressionErrorAfterAConditionThatWouldFail_StillWholeRequest()
    {
        var bad = Delete("Books", "b", "1", condition: "attribute_exists(pk)");
        bad.Delete.ExpressionAttributeValues = new() { [":v"] = N("1") };
        await ShouldFailValidationAsync(() => TransactWriteAsync(Check("Music", "a", "1", "attribute_not_exists(pk)"), bad),
            "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}");
    }

    [Test]
    public async Task TransactWriteItems_EmptyKeyString_IsWholeRequestError()
    {
        await ShouldFailValidationAsync(() => TransactWriteAsync(Check("Music", "a", "1", "attribute_exists(pk)"), Delete("Music", "", "1")),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
    }

    [Test]
    public async Task TransactWriteItems_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => TransactWriteAsync(Put("Music", "x", "1"), Put("Nope", "x", "1")),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task TransactWriteItems_ItemOver400KB_ThrowsItemSizeText()
    {
        var big = Put("Music", "x", "1", new string('x', 410_000));
        await ShouldFailValidationAsync(() => TransactWriteAsync(big), "Item size has exceeded the maximum allowed size");
    }

    [Test]
    public async Task TransactWriteItems_PayloadOver4MB_ThrowsSizeText()
    {
        var items = Enumerable.Range(0, 11).Select(i => Put("Music", "big" + i, "1", new string('x', 400_000))).ToArray();
        await ShouldFailValidationAsync(() => TransactWriteAsync(items), "Transaction request size cannot exceed 4 MB");

        // What counts is the request: deleting large items is a small request.
        await TransactWriteAsync(items[..10]);
        await TransactWriteAsync([.. Enumerable.Range(0, 10).Select(i => Delete("Music", "big" + i, "1"))]);
    }
}
