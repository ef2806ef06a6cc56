using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>DescribeTable, ListTables and DeleteTable (data-plane §8.1, §8.3) with zero delays unless a test sets them.</summary>
public class DescribeListDeleteTableTests : FakeDynamoTestBase
{
    [Test]
    public async Task CreateTable_ZeroDelay_AnswersCreatingThenNextReadIsActive()
    {
        (await Client.CreateTableAsync(Provisioned())).TableDescription.TableStatus.ShouldBe(TableStatus.CREATING);

        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);
    }

    [Test]
    public async Task DescribeTable_Missing_ThrowsResourceNotFoundWithTableText()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTableAsync("Missing"),
            "ResourceNotFoundException", "Requested resource not found: Table: Missing not found");
    }

    [TestCase(null, "The parameter 'TableName' is required but was not present in the request")]
    [TestCase("ab", "TableName must be at least 3 characters long and at most 255 characters long")]
    [TestCase("abc;", "1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+")]
    public async Task DescribeTable_BadName_ThrowsValidation(string? name, string message)
    {
        await ShouldFailValidationAsync(() => Client.DescribeTableAsync(new DescribeTableRequest { TableName = name }), message);
    }

    [Test]
    public async Task DescribeTable_TableArn_FindsTable()
    {
        await CreateTableAsync();

        (await Client.DescribeTableAsync(Arn + "Music")).Table.TableName.ShouldBe("Music");
    }

    [Test]
    public async Task DescribeTable_ArnOfAnotherRegion_ThrowsResourceNotFoundEchoingArn()
    {
        await CreateTableAsync();
        const string foreign = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music";

        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTableAsync(foreign),
            "ResourceNotFoundException", $"Requested resource not found: Table: {foreign} not found");
    }

    [Test]
    public async Task CreateTable_RequestMutatedAfterCall_StoreUnchanged()
    {
        var request = Provisioned();
        request.Tags = [new Tag { Key = "env", Value = "dev" }];
        var response = await Client.CreateTableAsync(request);

        request.KeySchema[0].AttributeName = "changed";
        request.Tags[0].Value = "changed";
        response.TableDescription.AttributeDefinitions.Clear();

        var table = (await Client.DescribeTableAsync("Music")).Table;
        table.KeySchema[0].AttributeName.ShouldBe("pk");
        table.AttributeDefinitions.Count.ShouldBe(2);
        (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = Arn + "Music" })).Tags[0].Value.ShouldBe("dev");
    }

    [Test]
    public async Task DescribeTable_ItemsWritten_ReportsCountAndSize()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "1", ("shirt-color", new AttributeValue { S = "R" }));

        var table = (await Client.DescribeTableAsync("Music")).Table;

        table.ItemCount.ShouldBe(1);
        // pk:"a" (2+1) + sk:"1" (2+1) + "shirt-color":"R" (11+1) = 18 bytes (data-plane §2.6).
        table.TableSizeBytes.ShouldBe(18);
    }

    [Test]
    public async Task ListTables_Paging_VisitsEachNameOnceInOrder()
    {
        foreach (var name in new[] { "delta", "alpha", "Charlie", "bravo", "echo" })
        {
            await CreateTableAsync(name);
        }

        var seen = new List<string>();
        string? start = null;
        do
        {
            var page = await Client.ListTablesAsync(new ListTablesRequest { Limit = 2, ExclusiveStartTableName = start });
            seen.AddRange(page.TableNames);
            start = page.LastEvaluatedTableName;
        }
        while (start is not null);

        seen.ShouldBe(["Charlie", "alpha", "bravo", "delta", "echo"]);
    }

    [Test]
    public async Task ListTables_LimitCoversRest_OmitsLastEvaluatedTableName()
    {
        await CreateTableAsync("alpha");
        await CreateTableAsync("bravo");

        var page = await Client.ListTablesAsync(new ListTablesRequest { Limit = 2 });

        page.TableNames.ShouldBe(["alpha", "bravo"]);
        page.LastEvaluatedTableName.ShouldBeNull();
    }

    [Test]
    public async Task ListTables_StartNameNeedNotExist_StartsAfterIt()
    {
        await CreateTableAsync("alpha");
        await CreateTableAsync("charlie");

        (await Client.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = "bbb" })).TableNames.ShouldBe(["charlie"]);
    }

    [TestCase(101, "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100")]
    [TestCase(0, "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")]
    public async Task ListTables_LimitOutOfRange_ThrowsValidation(int limit, string message)
    {
        await ShouldFailValidationAsync(() => Client.ListTablesAsync(new ListTablesRequest { Limit = limit }), message);
    }

    [Test]
    public async Task DeleteTable_ZeroDelay_AnswersDeletingWithoutSchemaThenGone()
    {
        await CreateTableAsync();

        var deleted = (await Client.DeleteTableAsync("Music")).TableDescription;

        deleted.TableStatus.ShouldBe(TableStatus.DELETING);
        deleted.KeySchema.ShouldBeNull();
        deleted.AttributeDefinitions.ShouldBeNull();
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTableAsync("Music"),
            "ResourceNotFoundException", "Requested resource not found: Table: Music not found");
        (await Client.ListTablesAsync(new ListTablesRequest())).TableNames.ShouldBeEmpty();
    }

    [Test]
    public async Task DeleteTable_Missing_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DeleteTableAsync("Missing"),
            "ResourceNotFoundException", "Requested resource not found: Table: Missing not found");
    }

    [Test]
    public async Task DeleteTable_TableArn_DeletesTable()
    {
        await CreateTableAsync();

        (await Client.DeleteTableAsync(Arn + "Music")).TableDescription.TableName.ShouldBe("Music");
    }

    [Test]
    public async Task DeleteTable_DeletionProtection_ThrowsValidationAndKeepsTable()
    {
        var request = Provisioned();
        request.DeletionProtectionEnabled = true;
        await Client.CreateTableAsync(request);

        await ShouldFailValidationAsync(() => Client.DeleteTableAsync("Music"),
            "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");

        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);
    }

    [Test]
    public async Task DeleteTable_ProtectionSwitchedOff_Deletes()
    {
        var request = Provisioned();
        request.DeletionProtectionEnabled = true;
        await Client.CreateTableAsync(request);
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", DeletionProtectionEnabled = false });

        (await Client.DeleteTableAsync("Music")).TableDescription.TableStatus.ShouldBe(TableStatus.DELETING);
    }
}
