using System.Globalization;

namespace FakeDynamo.Tests.Queries;

public class ScanTests : ReadTestBase
{
    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        for (var p = 0; p < 20; p++)
        {
            await SeedAsync("p" + p.ToString(CultureInfo.InvariantCulture), 3);
        }
    }

    private static List<string> Ids(IEnumerable<Dictionary<string, AttributeValue>> items) =>
        items.Select(i => i["pk"].S + "/" + i["sk"].S).ToList();

    [Test]
    public async Task Scan_WholeTable_PartitionsContiguousAndSorted()
    {
        var response = await Client.ScanAsync(new ScanRequest { TableName = "Music" });
        response.Count.ShouldBe(60);
        response.ScannedCount.ShouldBe(60);
        response.LastEvaluatedKey.ShouldBeNull();
        var ids = Ids(response.Items);
        ids.Distinct().Count().ShouldBe(60);
        for (var i = 0; i < 60; i += 3)
        {
            var pk = response.Items[i]["pk"].S;
            response.Items.Skip(i).Take(3).Select(it => it["pk"].S).ShouldAllBe(p => p == pk);
            response.Items.Skip(i).Take(3).Select(it => it["sk"].S).ShouldBe(["01", "02", "03"]);
        }
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(60)]
    public async Task Scan_LimitPaging_EveryItemExactlyOnceInScanOrder(int limit)
    {
        var all = Ids((await Client.ScanAsync(new ScanRequest { TableName = "Music" })).Items);
        var pages = await ScanAllPagesAsync(new ScanRequest { TableName = "Music", Limit = limit });
        Ids(pages.SelectMany(p => p.Items)).ShouldBe(all);
        pages.Take(pages.Count - 1).ShouldAllBe(p => p.Count == limit && p.LastEvaluatedKey != null);
        pages[^1].LastEvaluatedKey.ShouldBeNull();
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(8)]
    [TestCase(1000)]
    public async Task Scan_ParallelSegments_DisjointAndCoverTable(int totalSegments)
    {
        var seen = new List<string>();
        for (var segment = 0; segment < totalSegments; segment++)
        {
            var pages = await ScanAllPagesAsync(new ScanRequest { TableName = "Music", Segment = segment, TotalSegments = totalSegments, Limit = 4 });
            seen.AddRange(Ids(pages.SelectMany(p => p.Items)));
        }

        seen.Count.ShouldBe(60);
        seen.Distinct().Count().ShouldBe(60);
    }

    [Test]
    public async Task Scan_SelectCount_ItemsNull()
    {
        var response = await Client.ScanAsync(new ScanRequest { TableName = "Music", Select = Select.COUNT });
        response.Items.ShouldBeNull();
        response.Count.ShouldBe(60);
    }

    [Test]
    public async Task Scan_OneMegabytePages_EveryItemOnce()
    {
        await SeedAsync("big", 12, payloadBytes: 200_000);
        var pages = await ScanAllPagesAsync(new ScanRequest { TableName = "Music" });
        pages.Count.ShouldBeGreaterThan(1);
        pages[0].LastEvaluatedKey.ShouldNotBeNull();
        Ids(pages.SelectMany(p => p.Items)).Distinct().Count().ShouldBe(72);
    }

    [Test]
    public async Task Scan_SegmentWithoutTotal_Throws()
    {
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", Segment = 0 }),
            "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", TotalSegments = 2 }),
            "The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", Segment = 3, TotalSegments = 3 }),
            "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 3 is not less than TotalSegments: 3");
    }

    [Test]
    public async Task Scan_SegmentShapeOutOfRange_ThrowsEnvelope()
    {
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", Segment = 0, TotalSegments = 0 }),
            "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    [Test]
    public async Task Scan_StartKeyInOtherSegment_ThrowsWrongSegment()
    {
        var first = await Client.ScanAsync(new ScanRequest { TableName = "Music", Segment = 0, TotalSegments = 2, Limit = 1 });
        first.LastEvaluatedKey.ShouldNotBeNull();
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", Segment = 1, TotalSegments = 2, ExclusiveStartKey = first.LastEvaluatedKey }),
            "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 1");
    }

    [Test]
    public async Task Scan_StartKeyWrongAttributes_ThrowsSchemaText()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ExclusiveStartKey = new() { ["pk"] = S("p1") } }),
            "The provided starting key is invalid: The provided key element does not match the schema");
    }

    [Test]
    public async Task Scan_StartKeyInvalidNumber_ThrowsUnwrappedText()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ExclusiveStartKey = new() { ["pk"] = S("p1"), ["sk"] = N("x") } }),
            "The parameter cannot be converted to a numeric value: x");
    }

    [Test]
    public async Task Scan_PlaceholdersWithoutFilter_ThrowBareTexts()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ExpressionAttributeNames = new() { ["#a"] = "a" } }),
            "ExpressionAttributeNames can only be specified when using expressions");
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", ExpressionAttributeValues = new() { [":a"] = S("a") } }),
            "ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null");
    }

    [Test]
    public async Task Scan_SpecificAttributesWithoutProjection_ThrowsBareText()
    {
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", Select = Select.SPECIFIC_ATTRIBUTES }),
            "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
    }

    [Test]
    public async Task Scan_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.ScanAsync(new ScanRequest { TableName = "Nope" }), "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task Scan_ThroughSdkPaginator_ReadsEverything()
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        await foreach (var page in Client.Paginators.Scan(new ScanRequest { TableName = "Music", Limit = 5 }).Responses)
        {
            items.AddRange(page.Items);
        }

        items.Count.ShouldBe(60);
    }
}
