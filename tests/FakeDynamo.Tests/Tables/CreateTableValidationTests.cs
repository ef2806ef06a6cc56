using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>Every CreateTable validation path, with the exact text, and that a refused call creates no table (data-plane §8.2).</summary>
public class CreateTableValidationTests : FakeDynamoTestBase
{
    private const string Invalid = "One or more parameter values were invalid: ";

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, Action<CreateTableRequest> change, string message) =>
            new TestCaseData(change, message).SetName("CreateTable_" + name + "_ThrowsValidation");

        // 1. Shape envelope.
        yield return Case("NullAttributeDefinitions", r => r.AttributeDefinitions = null,
            "1 validation error detected: Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null");
        yield return Case("NullNameAndKeySchema", r => { r.TableName = null; r.KeySchema = null; },
            "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        yield return Case("ShortName", r => r.TableName = "ab",
            "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
        yield return Case("BadNameCharacters", r => r.TableName = "abc;",
            "1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        yield return Case("ThreeKeyElements", r => r.KeySchema.Add(new KeySchemaElement("extra", KeyType.RANGE)),
            "1 validation error detected: Value '[KeySchemaElement(attributeName=pk, keyType=HASH), KeySchemaElement(attributeName=sk, keyType=RANGE), KeySchemaElement(attributeName=extra, keyType=RANGE)]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
        yield return Case("UnknownKeyType", r => r.KeySchema[1].KeyType = new KeyType("SORT"),
            "1 validation error detected: Value 'SORT' at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]");
        yield return Case("SetAttributeType", r => r.AttributeDefinitions[0].AttributeType = new ScalarAttributeType("SS"),
            "1 validation error detected: Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
        yield return Case("UnknownBillingMode", r => r.BillingMode = new BillingMode("DOG"),
            "1 validation error detected: Value 'DOG' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        yield return Case("ZeroReadUnits", r => r.ProvisionedThroughput.ReadCapacityUnits = 0,
            "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1");
        yield return Case("ShortIndexName", r => { r.AttributeDefinitions.Add(new AttributeDefinition("gk", ScalarAttributeType.S)); r.GlobalSecondaryIndexes = [Gsi("ab", "gk", throughput: new ProvisionedThroughput(1, 1))]; },
            "1 validation error detected: Value 'ab' at 'globalSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3");
        yield return Case("UnknownProjectionType", r => { r.LocalSecondaryIndexes = [Lsi("byPk", "pk", "sk")]; r.LocalSecondaryIndexes[0].Projection.ProjectionType = new ProjectionType("DOG"); },
            "1 validation error detected: Value 'DOG' at 'localSecondaryIndexes.1.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]");
        yield return Case("UnknownStreamViewType", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = new StreamViewType("DOG") },
            "1 validation error detected: Value 'DOG' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]");

        // 2. Billing.
        yield return Case("OnDemandWithThroughput", r => r.BillingMode = BillingMode.PAY_PER_REQUEST,
            Invalid + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        yield return Case("ProvisionedWithoutThroughput", r => r.ProvisionedThroughput = null,
            Invalid + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        yield return Case("ReadUnitsOutOfBounds", r => r.ProvisionedThroughput.ReadCapacityUnits = 1_000_000_000_001,
            "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
        yield return Case("WriteUnitsOutOfBounds", r => r.ProvisionedThroughput.WriteCapacityUnits = 1_000_000_000_001,
            "Given value 1000000000001 for WriteCapacityUnits is out of bounds");

        yield return Case("OnDemandMaximumOnProvisioned", r => r.OnDemandThroughput = new OnDemandThroughput { MaxReadRequestUnits = 10 },
            Invalid + "MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED");
        yield return Case("OnDemandMaximumZero", r => { r.ProvisionedThroughput = null; r.BillingMode = BillingMode.PAY_PER_REQUEST; r.OnDemandThroughput = new OnDemandThroughput { MaxWriteRequestUnits = 0 }; },
            Invalid + "Requested MaxWriteRequestUnits for OnDemandThroughput for table is outside of valid range");

        // 3. Keys vs definitions.
        yield return Case("MoreKeysThanDefinitions", r => r.AttributeDefinitions.RemoveAt(1), "Invalid KeySchema: Some index key attribute have no definition");
        yield return Case("DuplicateDefinition", r => r.AttributeDefinitions[1] = new AttributeDefinition("pk", ScalarAttributeType.N), "Attribute Name is duplicated: pk");
        yield return Case("KeyNotDefined", r => r.AttributeDefinitions[1] = new AttributeDefinition("x", ScalarAttributeType.S),
            Invalid + "Some index key attributes are not defined in AttributeDefinitions. Keys: [pk, sk], AttributeDefinitions: [pk, x]");
        yield return Case("HashAndRangeSameName", r => r.KeySchema[1].AttributeName = "pk", "Both the Hash Key and the Range Key element in the KeySchema have the same name");
        yield return Case("RangeFirst", r => r.KeySchema.Reverse(), "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        yield return Case("OnlyRangeKey", r => { r.KeySchema = [new KeySchemaElement("pk", KeyType.RANGE)]; r.AttributeDefinitions.RemoveAt(1); },
            "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        yield return Case("TwoHashKeys", r => r.KeySchema[1].KeyType = KeyType.HASH, "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        yield return Case("UnusedDefinitionNoIndexes", r => r.AttributeDefinitions.Add(new AttributeDefinition("x", ScalarAttributeType.S)),
            Invalid + "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");

        // 4. LSIs.
        yield return Case("EmptyLsiList", r => r.LocalSecondaryIndexes = [], Invalid + "List of LocalSecondaryIndexes is empty");
        yield return Case("LsiOnTableWithoutRange", r => { r.KeySchema.RemoveAt(1); r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "sk")]; },
            Invalid + "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        yield return Case("LsiKeyNotDefined", r => r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "zz")],
            Invalid + "Some index key attributes are not defined in AttributeDefinitions. Keys: [pk, zz], AttributeDefinitions: [pk, sk]");
        yield return Case("LsiWithoutRange", r => r.LocalSecondaryIndexes = [Lsi("byLk", "pk", null)], Invalid + "Index KeySchema does not have a range key for index: byLk");
        yield return Case("LsiOtherHash", r => r.LocalSecondaryIndexes = [Lsi("byLk", "sk", "pk")],
            Invalid + "Index KeySchema does not have the same leading hash key as table KeySchema for index: byLk. index hash key: sk, table hash key: pk");
        yield return Case("LsiEmptyProjection", r => { r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "sk")]; r.LocalSecondaryIndexes[0].Projection = new Projection(); },
            Invalid + "Unknown ProjectionType: null");
        yield return Case("AllWithNonKeyAttributes", r => { r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "sk")]; r.LocalSecondaryIndexes[0].Projection = new Projection { ProjectionType = ProjectionType.ALL, NonKeyAttributes = ["a"] }; },
            Invalid + "ProjectionType is ALL, but NonKeyAttributes is specified");
        yield return Case("IncludeWithoutNonKeyAttributes", r => { r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "sk")]; r.LocalSecondaryIndexes[0].Projection = new Projection { ProjectionType = ProjectionType.INCLUDE }; },
            Invalid + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        yield return Case("DuplicateLsiName", r => r.LocalSecondaryIndexes = [Lsi("byLk", "pk", "sk"), Lsi("byLk", "pk", "sk")], Invalid + "Duplicate index name: byLk");
        yield return Case("SixLsis", r => r.LocalSecondaryIndexes = Enumerable.Range(1, 6).Select(i => Lsi($"lsi{i}", "pk", "sk")).ToList(),
            Invalid + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");

        // 5. GSIs.
        yield return Case("EmptyGsiList", r => r.GlobalSecondaryIndexes = [], Invalid + "List of GlobalSecondaryIndexes is empty");
        yield return Case("GsiThroughputOnDemand", r => { r.ProvisionedThroughput = null; r.BillingMode = BillingMode.PAY_PER_REQUEST; r.GlobalSecondaryIndexes = [Gsi("byGk", "sk", throughput: new ProvisionedThroughput(1, 1))]; },
            Invalid + "ProvisionedThroughput should not be specified for index: byGk when BillingMode is PAY_PER_REQUEST");
        yield return Case("GsiWithoutThroughputProvisioned", r => r.GlobalSecondaryIndexes = [Gsi("byGk", "sk")], Invalid + "ProvisionedThroughput is not specified for index: byGk");
        yield return Case("GsiKeyNotDefined", r => r.GlobalSecondaryIndexes = [Gsi("byGk", "zz", throughput: new ProvisionedThroughput(1, 1))],
            Invalid + "Some index key attributes are not defined in AttributeDefinitions. Keys: [zz], AttributeDefinitions: [pk, sk]");
        yield return Case("LsiAndGsiSameName", r => { r.LocalSecondaryIndexes = [Lsi("same", "pk", "sk")]; r.GlobalSecondaryIndexes = [Gsi("same", "sk", throughput: new ProvisionedThroughput(1, 1))]; },
            Invalid + "Duplicate index name: same");
        yield return Case("TwentyOneGsis", r => r.GlobalSecondaryIndexes = Enumerable.Range(1, 21).Select(i => Gsi($"gsi{i}", "sk", throughput: new ProvisionedThroughput(1, 1))).ToList(),
            Invalid + "GlobalSecondaryIndex count exceeds the per-table limit of 20");

        // 6. Cross-index limits.
        yield return Case("UnusedDefinitionWithIndexes", r => { r.AttributeDefinitions.Add(new AttributeDefinition("extra", ScalarAttributeType.S)); r.GlobalSecondaryIndexes = [Gsi("byGk", "sk", throughput: new ProvisionedThroughput(1, 1))]; },
            Invalid + "Some AttributeDefinitions are not used. AttributeDefinitions: [extra, pk, sk], keys used: [pk, sk]");
        yield return Case("TooManyProjectedAttributes", r => r.GlobalSecondaryIndexes = Enumerable.Range(1, 6).Select(i =>
            {
                var gsi = Gsi($"gsi{i}", "sk", throughput: new ProvisionedThroughput(1, 1));
                gsi.Projection = new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = Enumerable.Range(1, 17).Select(n => $"a{n}").ToList() };
                return gsi;
            }).ToList(),
            Invalid + "The number of attributes in key schema and projections of all indexes exceeds the limit of 100");

        // Stream, SSE, table class, tags, ARN.
        yield return Case("StreamWithoutViewType", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = true },
            Invalid + "Table is being created with a stream enabled, UpdateViewType is required");
        yield return Case("DisabledStreamWithViewType", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = false, StreamViewType = StreamViewType.KEYS_ONLY },
            Invalid + "Table is being created with a stream disabled, UpdateViewType should not be specified");
        yield return Case("SseTypeWithoutEnabled", r => r.SSESpecification = new SSESpecification { Enabled = false, SSEType = SSEType.KMS },
            Invalid + "SSEType can not be specified if Enabled is false");
        yield return Case("KmsKeyWithoutEnabled", r => r.SSESpecification = new SSESpecification { Enabled = false, KMSMasterKeyId = "alias/mine" },
            Invalid + "KMSMasterKeyId can not be specified if Enabled is false");
        yield return Case("UnknownTableClass", r => r.TableClass = new TableClass("DOG"),
            "Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].");
        yield return Case("FiftyOneTags", r => r.Tags = Enumerable.Range(1, 51).Select(i => new Tag { Key = $"k{i}", Value = "v" }).ToList(),
            "Number of Tags exceed the current limit for the provided ResourceArn");
        yield return Case("EmptyTagKey", r => r.Tags = [new Tag { Key = "", Value = "v" }], "The Tag Key provided is invalid, Key: ");
        yield return Case("LongTagKey", r => r.Tags = [new Tag { Key = new string('k', 129), Value = "v" }], "The Tag Key provided is invalid, Key: " + new string('k', 129));
        yield return Case("MissingTagValue", r => r.Tags = [new Tag { Key = "k" }], "The Tag Value provided is invalid, Value: null");
        yield return Case("ReservedTagPrefix", r => r.Tags = [new Tag { Key = "aws:x", Value = "v" }], "Tag Key cannot be prefixed with aws:, Key: aws:x");
        yield return Case("DuplicateTagKey", r => r.Tags = [new Tag { Key = "k", Value = "1" }, new Tag { Key = "k", Value = "2" }], "Duplicate Tag Keys provided as input: Duplicate Tag Key found k");
        yield return Case("ForeignRegionArn", r => r.TableName = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music",
            "Invalid TableArn: Invalid ResourceArn provided as input arn:aws:dynamodb:eu-west-1:123456789012:table/Music");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task CreateTable_InvalidRequest_ThrowsValidationAndCreatesNothing(Action<CreateTableRequest> change, string message)
    {
        var request = Provisioned();
        change(request);

        await ShouldFailValidationAsync(() => Client.CreateTableAsync(request), message);

        (await Client.ListTablesAsync(new ListTablesRequest())).TableNames.ShouldBeEmpty();
    }

    [Test]
    public async Task CreateTable_EmptyTagList_IsAccepted()
    {
        var request = Provisioned();
        request.Tags = [];

        (await Client.CreateTableAsync(request)).TableDescription.TableName.ShouldBe("Music");
    }

    [Test]
    public async Task CreateTable_FiftyTags_IsAccepted()
    {
        var request = Provisioned();
        request.Tags = Enumerable.Range(1, 50).Select(i => new Tag { Key = $"k{i}", Value = "v" }).ToList();

        var table = (await Client.CreateTableAsync(request)).TableDescription;

        var tags = await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = table.TableArn });
        tags.Tags.Count.ShouldBe(50);
    }
}
