namespace FakeDynamo.Tests.Transactions;

/// <summary>TransactionCanceledException (data-plane §1.2, §7.2, §7.3): reasons in request order, items, nothing written.</summary>
public class TransactWriteCancellationTests : TransactWriteTestBase
{
    private List<string> _before = null!;

    [SetUp]
    public async Task CreateTables()
    {
        await CreateBothTablesAsync();
        _before = Everything();
    }

    [Test]
    public async Task TransactWriteItems_OneConditionFails_ListsNoneAndConditionalCheckFailed()
    {
        var error = await ShouldCancelAsync(
            () => TransactWriteAsync(Put("Music", "new", "1", "n"), Check("Books", "b", "1", "attribute_not_exists(pk)")),
            "None", "ConditionalCheckFailed");

        error.CancellationReasons[0].Message.ShouldBeNull();
        error.CancellationReasons[0].Item.ShouldBeNull();
        error.CancellationReasons[1].Message.ShouldBe("The conditional request failed");
        error.CancellationReasons[1].Item.ShouldBeNull();
        Everything().ShouldBe(_before);
    }

    [Test]
    public async Task TransactWriteItems_SeveralConditionsFail_AllEvaluatedAndReportedInOrder()
    {
        var oldFromMusic = Delete("Music", "a", "1", condition: "attribute_not_exists(pk)");
        oldFromMusic.Delete.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        var missingItem = Check("Books", "none", "1", "attribute_exists(pk)");
        missingItem.ConditionCheck.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;

        var error = await ShouldCancelAsync(
            () => TransactWriteAsync(oldFromMusic, Put("Music", "x", "1", "x"), missingItem, Update("Books", "b", "1", "SET n = :v", (":v", N("1")))),
            "ConditionalCheckFailed", "None", "ConditionalCheckFailed", "None");

        error.CancellationReasons[0].Item["title"].S.ShouldBe("song");
        error.CancellationReasons[0].Item["pk"].S.ShouldBe("a");
        error.CancellationReasons[2].Item.ShouldBeNull(); // the item does not exist: no Item even with ALL_OLD
        Everything().ShouldBe(_before);
    }

    [Test]
    public async Task TransactWriteItems_ConditionWithPlaceholders_EvaluatedLikePutItem()
    {
        var update = Update("Music", "a", "1", "SET plays = :one", (":one", N("1")), (":t", S("song")));
        update.Update.ConditionExpression = "#t = :t";
        update.Update.ExpressionAttributeNames = new() { ["#t"] = "title" };
        await TransactWriteAsync(update);

        (await Client.GetItemAsync("Music", Key("a", "1"))).Item["plays"].N.ShouldBe("1");
        await ShouldCancelAsync(() => TransactWriteAsync(WithTitle(update, "other")), "ConditionalCheckFailed");
    }

    private static TransactWriteItem WithTitle(TransactWriteItem update, string title)
    {
        update.Update.ExpressionAttributeValues[":t"] = S(title);
        return update;
    }

    [Test]
    public async Task TransactWriteItems_WrongKeyType_FirstInvalidActionIsValidationError_OthersNone()
    {
        var numberKey = new TransactWriteItem { Put = new Put { TableName = "Music", Item = new() { ["pk"] = N("1"), ["sk"] = S("1") } } };
        var badKey = new TransactWriteItem { Delete = new Delete { TableName = "Books", Key = new() { ["pk"] = S("b") } } };

        var error = await ShouldCancelAsync(
            () => TransactWriteAsync(Check("Books", "b", "1", "attribute_not_exists(pk)"), numberKey, badKey),
            "None", "ValidationError", "None");

        error.CancellationReasons[1].Message.ShouldBe("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
        Everything().ShouldBe(_before);
    }

    [Test]
    public async Task TransactWriteItems_KeyNotMatchingSchema_IsValidationErrorReason()
    {
        var badKey = new TransactWriteItem { Delete = new Delete { TableName = "Books", Key = new() { ["pk"] = S("b") } } };
        var error = await ShouldCancelAsync(() => TransactWriteAsync(Put("Music", "x", "1"), badKey), "None", "ValidationError");
        error.CancellationReasons[1].Message.ShouldBe("The provided key element does not match the schema");
    }

    [Test]
    public async Task TransactWriteItems_UpdateOfAKeyAttribute_IsValidationErrorReason()
    {
        var error = await ShouldCancelAsync(() => TransactWriteAsync(Update("Music", "a", "1", "SET sk = :v", (":v", S("2")))), "ValidationError");
        error.CancellationReasons[0].Message.ShouldBe("One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
    }

    [Test]
    public async Task TransactWriteItems_UpdateOperandOfWrongType_IsValidationErrorReason_NothingWritten()
    {
        var error = await ShouldCancelAsync(
            () => TransactWriteAsync(Put("Books", "new", "1", "n"), Update("Music", "a", "1", "SET title = title + :one", (":one", N("1")))),
            "None", "ValidationError");

        error.CancellationReasons[1].Message.ShouldBe("An operand in the update expression has an incorrect data type");
        Everything().ShouldBe(_before);
    }

    [Test]
    public async Task TransactWriteItems_ConditionFailureIsNeverConditionalCheckFailedException()
    {
        var exception = await Should.ThrowAsync<AmazonDynamoDBException>(() => TransactWriteAsync(Check("Music", "a", "1", "attribute_not_exists(pk)")));
        exception.ShouldBeOfType<TransactionCanceledException>();
    }
}
