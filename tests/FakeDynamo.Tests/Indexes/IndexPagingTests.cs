using System.Globalization;

namespace FakeDynamo.Tests.Indexes;

/// <summary>Paging through an index visits every indexed item exactly once, in order, for queries and (parallel) scans.</summary>
public class IndexPagingTests : IndexTestBase
{
    /// <summary>(pk, sk, genre, year): years repeat so that the table-key tie-break matters; every 7th item is sparse.</summary>
    private readonly List<(string Pk, string Sk, string? Genre, int Year)> _songs = [];

    [SetUp]
    public async Task Seed()
    {
        _songs.Clear(); // NUnit reuses the fixture instance across tests
        for (var i = 0; i < 70; i++)
        {
            var pk = "p" + (i % 5).ToString(CultureInfo.InvariantCulture);
            var sk = (i * 13 % 70).ToString("D2", CultureInfo.InvariantCulture);
            var genre = i % 7 == 0 ? null : (i % 2 == 0 ? "rock" : "jazz");
            var year = 1960 + (i % 9);
            _songs.Add((pk, sk, genre, year));
            await PutSongAsync(pk, sk, genre: genre, year: year, artist: "a" + (i % 3).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public async Task Query_Gsi_PagedInBothDirections_EveryItemOnceInOrder()
    {
        var expected = _songs.Where(s => s.Genre == "rock")
            .OrderBy(s => s.Year).ThenBy(s => s.Pk, StringComparer.Ordinal).ThenBy(s => s.Sk, StringComparer.Ordinal)
            .Select(s => s.Pk + "/" + s.Sk).ToList();
        await ShouldPageAsync(() => IndexQuery("byGenre", "genre = :g", (":g", S("rock"))), expected);

        var ranged = _songs.Where(s => s.Genre == "rock" && s.Year is >= 1962 and <= 1965)
            .OrderBy(s => s.Year).ThenBy(s => s.Pk, StringComparer.Ordinal).ThenBy(s => s.Sk, StringComparer.Ordinal)
            .Select(s => s.Pk + "/" + s.Sk).ToList();
        await ShouldPageAsync(
            () => new QueryRequest
            {
                TableName = "Music",
                IndexName = "byGenre",
                KeyConditionExpression = "genre = :g AND #y BETWEEN :a AND :b",
                ExpressionAttributeNames = new() { ["#y"] = "year" },
                ExpressionAttributeValues = Values((":g", S("rock")), (":a", N("1962")), (":b", N("1965"))),
            },
            ranged);
    }

    [Test]
    public async Task Query_HashOnlyGsi_PagedInBothDirections_EveryItemOnceInTableKeyOrder()
    {
        var expected = _songs.Where(s => s.Genre == "jazz")
            .OrderBy(s => s.Pk, StringComparer.Ordinal).ThenBy(s => s.Sk, StringComparer.Ordinal)
            .Select(s => s.Pk + "/" + s.Sk).ToList();
        await ShouldPageAsync(() => IndexQuery("everything", "genre = :g", (":g", S("jazz"))), expected);
    }

    [Test]
    public async Task Query_Lsi_PagedInBothDirections_EveryItemOnceInOrder()
    {
        var expected = _songs.Where(s => s.Pk == "p2")
            .OrderBy(s => s.Year).ThenBy(s => s.Sk, StringComparer.Ordinal)
            .Select(s => s.Pk + "/" + s.Sk).ToList();
        await ShouldPageAsync(() => IndexQuery("byYear", "pk = :p", (":p", S("p2"))), expected);
    }

    [TestCase("byGenre")]
    [TestCase("everything")]
    [TestCase("byYear")]
    [TestCase("byArtist")]
    public async Task Scan_Index_PagedAndInParallel_EveryIndexedItemExactlyOnce(string index)
    {
        var expected = _songs.Where(s => index switch
        {
            "byGenre" or "everything" => s.Genre is not null,
            _ => true,
        }).Select(s => s.Pk + "/" + s.Sk).Order(StringComparer.Ordinal).ToList();

        foreach (var totalSegments in new int?[] { null, 1, 3, 7 })
        {
            foreach (var limit in new int?[] { null, 1, 4 })
            {
                var seen = new List<string>();
                for (var segment = 0; segment < (totalSegments ?? 1); segment++)
                {
                    var request = new ScanRequest { TableName = "Music", IndexName = index, Limit = limit, TotalSegments = totalSegments };
                    request.Segment = totalSegments is null ? null : segment;
                    seen.AddRange((await ScanAllPagesAsync(request)).SelectMany(p => TableKeys(p.Items)));
                }

                seen.Order(StringComparer.Ordinal).ToList().ShouldBe(expected, $"segments={totalSegments} limit={limit}");
            }
        }
    }

    [Test]
    public async Task Scan_IndexWithLargeItems_StopsPagesAtOneMegabyte()
    {
        var payload = new string('x', 100_000);
        for (var i = 0; i < 25; i++)
        {
            await PutAsync("Music", "big", i.ToString("D2", CultureInfo.InvariantCulture), ("genre", S("heavy")), ("payload", S(payload)));
        }

        var pages = await QueryAllPagesAsync(IndexQuery("everything", "genre = :g", (":g", S("heavy"))));
        pages.Count.ShouldBe(3);
        pages[0].Count.ShouldBe(11);
        pages.Sum(p => p.Count).ShouldBe(25);
    }

    private async Task ShouldPageAsync(Func<QueryRequest> request, List<string> expected)
    {
        expected.ShouldNotBeEmpty();
        foreach (var forward in new[] { true, false })
        {
            foreach (var limit in new int?[] { null, 1, 3, 5 })
            {
                var query = request();
                query.ScanIndexForward = forward;
                query.Limit = limit;
                var keys = (await QueryAllPagesAsync(query)).SelectMany(p => TableKeys(p.Items)).ToList();
                keys.ShouldBe(forward ? expected : Enumerable.Reverse(expected).ToList(), $"forward={forward} limit={limit}");
            }
        }
    }
}
