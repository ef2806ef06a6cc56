namespace FakeDynamo.Tests.Indexes;

/// <summary>Index read errors with their exact texts (data-plane §5.1–§5.4).</summary>
public class IndexQueryErrorTests : IndexTestBase
{
    [Test]
    public async Task Query_UnknownIndex_ThrowsNoSuchIndex()
    {
        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("nope", "pk = :p", (":p", S("a")))),
            "The table does not have the specified index: nope");
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "nope" }),
            "The table does not have the specified index: nope");
    }

    [Test]
    public async Task Query_IndexOnMissingTable_ThrowsResourceNotFound()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.TableName = "Other";
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.QueryAsync(request), "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task Query_ConsistentReadOnGsi_ThrowsValidation()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.ConsistentRead = true;
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Consistent reads are not supported on global secondary indexes");
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "everything", ConsistentRead = true }),
            "Consistent reads are not supported on global secondary indexes");
    }

    [Test]
    public async Task Query_ConsistentReadOnLsi_Accepted()
    {
        var request = IndexQuery("byYear", "pk = :p", (":p", S("a")));
        request.ConsistentRead = true;
        (await Client.QueryAsync(request)).Count.ShouldBe(0);
    }

    [TestCase("pk = :p", "Query condition missed key schema element: genre")]
    [TestCase("genre = :p AND pk = :p", "Query condition missed key schema element: year")]
    [TestCase("genre > :p", "Query key condition not supported")]
    public async Task Query_ConditionNotOnIndexKeys_NamesTheIndexKeys(string condition, string message)
    {
        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("byGenre", condition, (":p", S("a")))), message);
    }

    [Test]
    public async Task Query_TwoConditionsOnHashOnlyIndex_ThrowsTooManyConditions()
    {
        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("everything", "genre = :p AND pk = :p", (":p", S("a")))),
            "The number of query conditions (2) exceeds the number of key attributes defined in the schema (1)");
    }

    [Test]
    public async Task Query_EmptyIndexKeyValue_ThrowsSecondaryIndexText()
    {
        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("")))),
            "One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: byGenre, IndexKey: genre");
    }

    [Test]
    public async Task Query_IndexKeyValueOfWrongType_ThrowsTypeMismatch()
    {
        var request = IndexQuery("byGenre", "genre = :g AND #y = :y", (":g", S("a")), (":y", S("x")));
        request.ExpressionAttributeNames = new() { ["#y"] = "year" };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "One or more parameter values were invalid: Condition parameter type does not match schema type");
    }

    [Test]
    public async Task Query_StartKeyWithoutIndexKeys_ThrowsStartKeyInvalid()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.ExclusiveStartKey = Key("a", "1");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided starting key is invalid");
        var scan = new ScanRequest { TableName = "Music", IndexName = "byGenre", ExclusiveStartKey = Key("a", "1") };
        await ShouldFailValidationAsync(() => Client.ScanAsync(scan), "The provided starting key is invalid");
    }

    [Test]
    public async Task Query_StartKeyOfWrongType_ThrowsKeyDoesNotMatchSchema()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.ExclusiveStartKey = Key("a", "1");
        request.ExclusiveStartKey["genre"] = S("rock");
        request.ExclusiveStartKey["year"] = S("1970");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided key element does not match the schema");
    }

    [Test]
    public async Task Query_StartKeyInOtherIndexPartition_ThrowsOutsideBoundaries()
    {
        var request = IndexQuery("everything", "genre = :g", (":g", S("rock")));
        request.ExclusiveStartKey = Key("a", "1");
        request.ExclusiveStartKey["genre"] = S("jazz");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "The provided starting key is outside query boundaries based on provided conditions");
    }

    [Test]
    public async Task Query_StartKeyOutsideSortRange_ThrowsRangePredicate()
    {
        var request = IndexQuery("byGenre", "genre = :g AND #y > :y", (":g", S("rock")), (":y", N("2000")));
        request.ExpressionAttributeNames = new() { ["#y"] = "year" };
        request.ExclusiveStartKey = Key("a", "1");
        request.ExclusiveStartKey["genre"] = S("rock");
        request.ExclusiveStartKey["year"] = N("1970");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided starting key does not match the range key predicate");
    }

    [Test]
    public async Task Scan_IndexStartKeyInOtherSegment_ThrowsWrongSegment()
    {
        var startKey = Key("a", "1");
        startKey["genre"] = S("rock");
        var segment = Engine.Account.SegmentOf(global::FakeDynamo.Storage.KeyValue.From(S("rock"))!, 4);
        var request = new ScanRequest { TableName = "Music", IndexName = "everything", ExclusiveStartKey = startKey, TotalSegments = 4, Segment = (segment + 1) % 4 };
        await ShouldFailValidationAsync(() => Client.ScanAsync(request),
            $"The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 4 Segment: {(segment + 1) % 4}");
    }
}
