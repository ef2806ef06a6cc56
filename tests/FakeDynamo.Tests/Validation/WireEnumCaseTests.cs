using FakeDynamo.Tests.Wire;

namespace FakeDynamo.Tests.Validation;

/// <summary>
/// Enum members are case-sensitive on the service's wire (data-plane §1.3: <c>none</c>, <c>count</c> rejected). A .NET
/// caller cannot send a wrong-case value (the SDK interns known values), so these requests are raw JSON 1.0 bodies:
/// every enum member of the supported requests rejects the lower-case spelling of a valid value with the envelope.
/// </summary>
public class WireEnumCaseTests : WireTestBase
{
    private const string Validation = "com.amazon.coral.validate#ValidationException";
    private const string Operators = "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";
    private const string KeyJson = "\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"b\"}}";
    private const string Item = "\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"b\"},\"n\":{\"N\":\"5\"}}";

    private static string One(string value, string path, string set) =>
        $"1 validation error detected: Value '{value}' at '{path}' failed to satisfy constraint: Member must satisfy enum value set: {set}";

    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "b", ("n", new AttributeValue { N = "5" }));
    }

    private async Task<string> StoredAsync() => Support.Doc.Render((await Client.GetItemAsync("Music", Key("a", "b"))).Item);

    [Test]
    public async Task Scan_LowerCaseScanFilterOperator_ThrowsEnumEnvelope()
    {
        var answer = await CallAsync("Scan", "{\"TableName\":\"Music\",\"ScanFilter\":{\"n\":{\"ComparisonOperator\":\"eq\",\"AttributeValueList\":[{\"N\":\"5\"}]}}}");
        ShouldBeError(answer, Validation, One("eq", "scanFilter.n.member.comparisonOperator", Operators));
    }

    [Test]
    public async Task Scan_LowerCaseConditionalOperator_ThrowsEnumEnvelope()
    {
        var answer = await CallAsync("Scan",
            "{\"TableName\":\"Music\",\"ConditionalOperator\":\"or\",\"ScanFilter\":{\"n\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"N\":\"5\"}]}}}");
        ShouldBeError(answer, Validation, One("or", "conditionalOperator", "[OR, AND]"));
    }

    [Test]
    public async Task Scan_ExactCaseScanFilter_Matches()
    {
        var answer = await CallAsync("Scan", "{\"TableName\":\"Music\",\"ScanFilter\":{\"n\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"N\":\"5\"}]}}}");
        answer.Status.ShouldBe(System.Net.HttpStatusCode.OK, answer.Body);
        answer.Body.ShouldContain("\"Count\":1");
    }

    [Test]
    public async Task Query_LowerCaseKeyConditionOperator_ThrowsEnumEnvelope()
    {
        var answer = await CallAsync("Query", "{\"TableName\":\"Music\",\"KeyConditions\":{\"pk\":{\"ComparisonOperator\":\"eq\",\"AttributeValueList\":[{\"S\":\"a\"}]}}}");
        ShouldBeError(answer, Validation, One("eq", "keyConditions.pk.member.comparisonOperator", Operators));
    }

    [Test]
    public async Task Query_LowerCaseQueryFilterOperator_ThrowsEnumEnvelope()
    {
        var answer = await CallAsync("Query",
            "{\"TableName\":\"Music\",\"KeyConditions\":{\"pk\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"a\"}]}}," +
            "\"QueryFilter\":{\"n\":{\"ComparisonOperator\":\"not_null\"}}}");
        ShouldBeError(answer, Validation, One("not_null", "queryFilter.n.member.comparisonOperator", Operators));
    }

    [Test]
    public async Task PutItem_LowerCaseExpectedOperator_ThrowsEnumEnvelopeAndWritesNothing()
    {
        var before = await StoredAsync();
        var answer = await CallAsync("PutItem",
            "{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"b\"},\"n\":{\"N\":\"6\"}},\"Expected\":{\"x\":{\"ComparisonOperator\":\"null\"}}}");
        ShouldBeError(answer, Validation, One("null", "expected.x.member.comparisonOperator", Operators));
        (await StoredAsync()).ShouldBe(before);
    }

    [Test]
    public async Task UpdateItem_LowerCaseAction_ThrowsEnumEnvelopeAndWritesNothing()
    {
        var before = await StoredAsync();
        var answer = await CallAsync("UpdateItem",
            "{\"TableName\":\"Music\"," + KeyJson + ",\"AttributeUpdates\":{\"n\":{\"Action\":\"put\",\"Value\":{\"N\":\"7\"}}}}");
        ShouldBeError(answer, Validation, One("put", "attributeUpdates.n.member.action", "[ADD, PUT, DELETE]"));
        (await StoredAsync()).ShouldBe(before);
    }

    [Test]
    public async Task ListBackups_LowerCaseBackupType_ThrowsEnumEnvelope()
    {
        var answer = await CallAsync("ListBackups", "{\"BackupType\":\"user\"}");
        ShouldBeError(answer, Validation, One("user", "backupType", "[USER, SYSTEM, AWS_BACKUP, ALL]"));
    }

    // Every other enum member of the supported requests (data-plane §1.3 orders; model order where unknown).
    [TestCase("GetItem", "{\"TableName\":\"Music\"," + KeyJson + ",\"ReturnConsumedCapacity\":\"total\"}", "total", "returnConsumedCapacity", "[INDEXES, TOTAL, NONE]",
        TestName = "GetItem_LowerCaseReturnConsumedCapacity_ThrowsEnumEnvelope")]
    [TestCase("PutItem", "{\"TableName\":\"Music\"," + Item + ",\"ReturnValues\":\"all_old\"}", "all_old", "returnValues", "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
        TestName = "PutItem_LowerCaseReturnValues_ThrowsEnumEnvelope")]
    [TestCase("PutItem", "{\"TableName\":\"Music\"," + Item + ",\"ReturnItemCollectionMetrics\":\"size\"}", "size", "returnItemCollectionMetrics", "[SIZE, NONE]",
        TestName = "PutItem_LowerCaseReturnItemCollectionMetrics_ThrowsEnumEnvelope")]
    [TestCase("DeleteItem", "{\"TableName\":\"Music\"," + KeyJson + ",\"ReturnValuesOnConditionCheckFailure\":\"all_old\"}", "all_old", "returnValuesOnConditionCheckFailure", "[ALL_OLD, NONE]",
        TestName = "DeleteItem_LowerCaseReturnValuesOnConditionCheckFailure_ThrowsEnumEnvelope")]
    [TestCase("UpdateItem", "{\"TableName\":\"Music\"," + KeyJson + ",\"ReturnValues\":\"updated_new\"}", "updated_new", "returnValues", "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
        TestName = "UpdateItem_LowerCaseReturnValues_ThrowsEnumEnvelope")]
    [TestCase("Query", "{\"TableName\":\"Music\",\"Select\":\"count\",\"KeyConditionExpression\":\"pk = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"}}}", "count", "select",
        "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]", TestName = "Query_LowerCaseSelect_ThrowsEnumEnvelope")]
    [TestCase("Scan", "{\"TableName\":\"Music\",\"ReturnConsumedCapacity\":\"indexes\"}", "indexes", "returnConsumedCapacity", "[INDEXES, TOTAL, NONE]",
        TestName = "Scan_LowerCaseReturnConsumedCapacity_ThrowsEnumEnvelope")]
    [TestCase("BatchGetItem", "{\"RequestItems\":{\"Music\":{\"Keys\":[{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"b\"}}]}},\"ReturnConsumedCapacity\":\"none\"}", "none", "returnConsumedCapacity",
        "[INDEXES, TOTAL, NONE]", TestName = "BatchGetItem_LowerCaseReturnConsumedCapacity_ThrowsEnumEnvelope")]
    [TestCase("BatchWriteItem", "{\"RequestItems\":{\"Music\":[{\"PutRequest\":{" + Item + "}}]},\"ReturnItemCollectionMetrics\":\"none\"}", "none", "returnItemCollectionMetrics",
        "[SIZE, NONE]", TestName = "BatchWriteItem_LowerCaseReturnItemCollectionMetrics_ThrowsEnumEnvelope")]
    [TestCase("TransactGetItems", "{\"TransactItems\":[{\"Get\":{\"TableName\":\"Music\"," + KeyJson + "}}],\"ReturnConsumedCapacity\":\"total\"}", "total", "returnConsumedCapacity",
        "[INDEXES, TOTAL, NONE]", TestName = "TransactGetItems_LowerCaseReturnConsumedCapacity_ThrowsEnumEnvelope")]
    [TestCase("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Music\"," + Item + ",\"ReturnValuesOnConditionCheckFailure\":\"none\"}}]}", "none",
        "transactItems.1.member.put.returnValuesOnConditionCheckFailure", "[ALL_OLD, NONE]",
        TestName = "TransactWriteItems_LowerCaseReturnValuesOnConditionCheckFailure_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"pay_per_request\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"}]}", "pay_per_request", "billingMode", "[PROVISIONED, PAY_PER_REQUEST]",
        TestName = "CreateTable_LowerCaseBillingMode_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"hash\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"}]}", "hash", "keySchema.1.member.keyType", "[HASH, RANGE]",
        TestName = "CreateTable_LowerCaseKeyType_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"s\"}]}", "s", "attributeDefinitions.1.member.attributeType", "[B, N, S]",
        TestName = "CreateTable_LowerCaseAttributeType_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"},{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}]," +
        "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"gsi\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"all\"}}]}",
        "all", "globalSecondaryIndexes.1.member.projection.projectionType", "[ALL, INCLUDE, KEYS_ONLY]",
        TestName = "CreateTable_LowerCaseProjectionType_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"}],\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"new_image\"}}",
        "new_image", "streamSpecification.streamViewType", "[OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]",
        TestName = "CreateTable_LowerCaseStreamViewType_ThrowsEnumEnvelope")]
    [TestCase("CreateTable", "{\"TableName\":\"Table1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":[{\"AttributeName\":\"k\",\"KeyType\":\"HASH\"}]," +
        "\"AttributeDefinitions\":[{\"AttributeName\":\"k\",\"AttributeType\":\"S\"}],\"SSESpecification\":{\"Enabled\":true,\"SSEType\":\"kms\"}}",
        "kms", "sSESpecification.sSEType", "[AES256, KMS]", TestName = "CreateTable_LowerCaseSseType_ThrowsEnumEnvelope")]
    [TestCase("UpdateTable", "{\"TableName\":\"Music\",\"BillingMode\":\"provisioned\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}",
        "provisioned", "billingMode", "[PROVISIONED, PAY_PER_REQUEST]", TestName = "UpdateTable_LowerCaseBillingMode_ThrowsEnumEnvelope")]
    [TestCase("RestoreTableFromBackup", "{\"TargetTableName\":\"Table2\",\"BackupArn\":\"arn:aws:dynamodb:us-east-1:123456789012:table/Music/backup/01489173575360-b308cd7d\"," +
        "\"BillingModeOverride\":\"pay_per_request\"}", "pay_per_request", "billingModeOverride", "[PROVISIONED, PAY_PER_REQUEST]",
        TestName = "RestoreTableFromBackup_LowerCaseBillingModeOverride_ThrowsEnumEnvelope")]
    [TestCase("RestoreTableToPointInTime", "{\"TargetTableName\":\"Table2\",\"SourceTableName\":\"Music\",\"UseLatestRestorableTime\":true," +
        "\"SSESpecificationOverride\":{\"Enabled\":true,\"SSEType\":\"aes256\"}}", "aes256", "sSESpecificationOverride.sSEType", "[AES256, KMS]",
        TestName = "RestoreTableToPointInTime_LowerCaseSseTypeOverride_ThrowsEnumEnvelope")]
    public async Task Operation_LowerCaseEnumValue_ThrowsEnumEnvelope(string operation, string body, string value, string path, string set)
    {
        var answer = await CallAsync(operation, body);
        ShouldBeError(answer, Validation, One(value, path, set));
    }
}
