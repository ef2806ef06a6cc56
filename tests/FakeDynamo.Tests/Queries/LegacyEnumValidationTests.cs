namespace FakeDynamo.Tests.Queries;

/// <summary>
/// The enum members of the legacy read parameters (KeyConditions, QueryFilter, ScanFilter, ConditionalOperator) are
/// shape constraints (data-plane §1.3): an unknown value gets the enum envelope, together with the request's other
/// shape violations and before the table is looked up (§1.4).
/// </summary>
public class LegacyEnumValidationTests : ReadTestBase
{
    private const string Operators = "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";

    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        await SeedAsync("a", 3);
    }

    private static Dictionary<string, Condition> Filter(string op, params AttributeValue[] values) =>
        new() { ["payload"] = new Condition { ComparisonOperator = new ComparisonOperator(op), AttributeValueList = [.. values] } };

    [Test]
    public async Task Scan_UnknownScanFilterOperator_ThrowsEnumEnvelope()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ScanFilter = Filter("GARBAGE", S("x")) }),
            "1 validation error detected: Value 'GARBAGE' at 'scanFilter.payload.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
    }

    [Test]
    public async Task Scan_ScanFilterWithoutOperator_ThrowsNotNull()
    {
        var filter = new Dictionary<string, Condition> { ["payload"] = new Condition { AttributeValueList = [S("x")] } };
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ScanFilter = filter }),
            "1 validation error detected: Value null at 'scanFilter.payload.member.comparisonOperator' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task Scan_UnknownConditionalOperator_ThrowsEnumEnvelope()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ScanFilter = Filter("EQ", S("x")), ConditionalOperator = new ConditionalOperator("GARBAGE") }),
            "1 validation error detected: Value 'GARBAGE' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    }

    [Test]
    public async Task Scan_UnknownOperatorAndSelect_ReportedTogether()
    {
        var request = new ScanRequest
        {
            TableName = "Music",
            Select = new Select("DOG"),
            ScanFilter = Filter("GARBAGE", S("x")),
            ConditionalOperator = new ConditionalOperator("XOR"),
        };
        await ShouldFailValidationAsync(() => Client.ScanAsync(request),
            "3 validation errors detected: " +
            "Value 'DOG' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; " +
            "Value 'GARBAGE' at 'scanFilter.payload.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: " + Operators + "; " +
            "Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    }

    [Test]
    public async Task Scan_UnknownOperatorOnMissingTable_ThrowsValidationBeforeLookup()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Nope", ScanFilter = Filter("GARBAGE", S("x")) }),
            "1 validation error detected: Value 'GARBAGE' at 'scanFilter.payload.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
    }

    [Test]
    public async Task Scan_UnknownOperatorBeforeMixingError_ThrowsEnumEnvelope()
    {
        // Shape constraints come before the expression/non-expression mixing check (data-plane §1.4 phases 2 and 3).
        var request = new ScanRequest { TableName = "Music", ScanFilter = Filter("GARBAGE", S("x")), FilterExpression = "attribute_exists(payload)" };
        await ShouldFailValidationAsync(() => Client.ScanAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'scanFilter.payload.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
    }

    [Test]
    public async Task Query_UnknownQueryFilterOperator_ThrowsEnumEnvelope()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [S("a")] } },
            QueryFilter = Filter("GARBAGE", S("x")),
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'queryFilter.payload.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
    }

    [Test]
    public async Task Query_UnknownKeyConditionOperator_ThrowsEnumEnvelope()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = new ComparisonOperator("GARBAGE"), AttributeValueList = [S("a")] } },
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'keyConditions.pk.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
    }

    [Test]
    public async Task Query_KeyConditionWithoutOperatorAndUnknownConditionalOperator_ReportedTogether()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            Limit = 0,
            KeyConditions = new() { ["pk"] = new Condition { AttributeValueList = [S("a")] } },
            QueryFilter = Filter("EQ", S("x")),
            ConditionalOperator = new ConditionalOperator("GARBAGE"),
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "3 validation errors detected: " +
            "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
            "Value null at 'keyConditions.pk.member.comparisonOperator' failed to satisfy constraint: Member must not be null; " +
            "Value 'GARBAGE' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    }

    [Test]
    public async Task Query_ValidNonIndexableKeyOperator_StillThrowsIndexableText()
    {
        // A valid operator that keys cannot use keeps the legacy text (data-plane §5.3 [DYN]); only unknown values get the envelope.
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.NE, AttributeValueList = [S("a")] } },
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Attempted conditional constraint is not an indexable operation");
    }
}
