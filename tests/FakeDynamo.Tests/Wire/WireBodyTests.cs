using System.Net;
using System.Text.Json;

namespace FakeDynamo.Tests.Wire;

/// <summary>What the bodies carry: error members beyond the message, enum texts as sent, timestamps as epoch seconds.</summary>
public sealed class WireBodyTests : WireTestBase
{
    private const string Dynamo = "com.amazonaws.dynamodb.v20120810#";

    [SetUp]
    public async Task CreateTableWithOneItem()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "b", ("n", new AttributeValue { N = "1" }));
    }

    [Test]
    public async Task PutItem_ConditionFailsWithAllOld_ErrorBodyCarriesTheOldItem()
    {
        var answer = await CallAsync("PutItem", """
            {"TableName":"Music","Item":{"pk":{"S":"a"},"sk":{"S":"b"}},
             "ConditionExpression":"attribute_not_exists(pk)","ReturnValuesOnConditionCheckFailure":"ALL_OLD"}
            """);

        var json = ShouldBeError(answer, Dynamo + "ConditionalCheckFailedException", "The conditional request failed");
        json.GetProperty("Item").GetRawText().ShouldBe("""{"pk":{"S":"a"},"sk":{"S":"b"},"n":{"N":"1"}}""");
    }

    [Test]
    public async Task TransactWriteItems_Canceled_ErrorBodyCarriesReasonsUnderCapitalMessage()
    {
        var answer = await CallAsync("TransactWriteItems", """
            {"TransactItems":[
              {"Put":{"TableName":"Music","Item":{"pk":{"S":"x"},"sk":{"S":"y"}}}},
              {"ConditionCheck":{"TableName":"Music","Key":{"pk":{"S":"a"},"sk":{"S":"b"}},"ConditionExpression":"attribute_not_exists(pk)"}}]}
            """);

        var json = ShouldBeError(
            answer,
            Dynamo + "TransactionCanceledException",
            "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
            messageMember: "Message");
        json.GetProperty("CancellationReasons").GetRawText()
            .ShouldBe("""[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed"}]""");
    }

    [Test]
    public async Task Scan_SelectInLowerCase_IsRejectedBecauseEnumsAreCaseSensitiveOnTheWire()
    {
        var answer = await CallAsync("Scan", """{"TableName":"Music","Select":"count"}""");

        ShouldBeError(
            answer,
            "com.amazon.coral.validate#ValidationException",
            "1 validation error detected: Value 'count' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
    }

    [Test]
    public async Task Scan_SelectCount_OmitsItemsAndWritesCounts()
    {
        var answer = await CallAsync("Scan", """{"TableName":"Music","Select":"COUNT"}""");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"Count":1,"ScannedCount":1}""");
    }

    [Test]
    public async Task DescribeTable_CreationDateTime_IsEpochSeconds()
    {
        Clock.Advance(TimeSpan.FromMilliseconds(250));
        await CreateTableAsync("Later");

        var answer = await CallAsync("DescribeTable", """{"TableName":"Later"}""");

        var table = JsonDocument.Parse(answer.Body).RootElement.GetProperty("Table");
        table.GetProperty("CreationDateTime").GetRawText().ShouldBe("1772366400.25");
        table.GetProperty("TableStatus").GetString().ShouldBe("ACTIVE");
    }

    [Test]
    public async Task ListBackups_TimeRangeAsEpochSeconds_FiltersByCreationTime()
    {
        await Client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "first" });
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "second" });

        var answer = await CallAsync("ListBackups", """{"TimeRangeLowerBound":1772366700.5}""");

        var summaries = JsonDocument.Parse(answer.Body).RootElement.GetProperty("BackupSummaries");
        summaries.GetArrayLength().ShouldBe(1);
        summaries[0].GetProperty("BackupName").GetString().ShouldBe("second");
        summaries[0].GetProperty("BackupCreationDateTime").GetRawText().ShouldBe("1772367000");
    }
}
