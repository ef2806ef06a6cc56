using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Transactions;

/// <summary>TransactGetItems (data-plane §7.5): request-ordered responses, validation texts, one consistent cut.</summary>
public class TransactGetItemsTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task CreateTables()
    {
        await CreateTableAsync("Music");
        await CreateTableAsync("Books");
        await PutAsync("Music", "a", "1", ("title", new AttributeValue { S = "song" }));
        await PutAsync("Books", "b", "1", ("title", new AttributeValue { S = "book" }));
    }

    private static TransactGetItem Get(string table, string pk, string sk) => new() { Get = new Get { TableName = table, Key = Key(pk, sk) } };

    private Task<TransactGetItemsResponse> TransactGetAsync(params TransactGetItem[] items) =>
        Client.TransactGetItemsAsync(new TransactGetItemsRequest { TransactItems = [.. items] });

    [Test]
    public async Task TransactGetItems_SeveralTables_ResponsesInRequestOrderWithEmptyForMissing()
    {
        var response = await TransactGetAsync(Get("Books", "b", "1"), Get("Music", "zz", "9"), Get("Music", "a", "1"), Get("Music", "a", "1"));

        response.Responses.Count.ShouldBe(4);
        response.Responses[0].Item["title"].S.ShouldBe("book");
        response.Responses[1].Item.ShouldBeNull();
        response.Responses[2].Item["title"].S.ShouldBe("song");
        response.Responses[3].Item["title"].S.ShouldBe("song");
        response.HttpStatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Test]
    public async Task TransactGetItems_ReturnedItem_IsACopy()
    {
        var first = await TransactGetAsync(Get("Music", "a", "1"));
        first.Responses[0].Item["title"].S = "changed";

        (await TransactGetAsync(Get("Music", "a", "1"))).Responses[0].Item["title"].S.ShouldBe("song");
    }

    [Test]
    public async Task TransactGetItems_TableByArn_Accepted()
    {
        var arn = (await Client.DescribeTableAsync("Music")).Table.TableArn;
        (await TransactGetAsync(Get(arn, "a", "1"))).Responses[0].Item.ShouldNotBeNull();
    }

    [Test]
    public async Task TransactGetItems_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => TransactGetAsync(Get("Music", "a", "1"), Get("Nope", "a", "1")),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task TransactGetItems_MissingTableAfterBadKey_ReportsTheTableFirst()
    {
        var badKey = new TransactGetItem { Get = new Get { TableName = "Music", Key = new() { ["pk"] = new AttributeValue { S = "a" } } } };
        await ShouldFailAsync<ResourceNotFoundException>(() => TransactGetAsync(badKey, Get("Nope", "a", "1")),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task TransactGetItems_KeyNotMatchingSchema_ThrowsValidation()
    {
        var badKey = new TransactGetItem { Get = new Get { TableName = "Music", Key = new() { ["pk"] = new AttributeValue { S = "a" } } } };
        await ShouldFailValidationAsync(() => TransactGetAsync(Get("Music", "a", "1"), badKey), "The provided key element does not match the schema");
    }

    [Test]
    public async Task TransactGetItems_EmptyKeyString_ThrowsEmptyKeyText()
    {
        await ShouldFailValidationAsync(() => TransactGetAsync(Get("Music", "", "1")),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
    }

    [Test]
    public async Task TransactGetItems_NoActions_ThrowsLengthConstraint()
    {
        await ShouldFailValidationAsync(() => TransactGetAsync(),
            "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        await ShouldFailValidationAsync(() => Client.TransactGetItemsAsync(new TransactGetItemsRequest()),
            "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task TransactGetItems_HundredActions_Accepted_HundredAndOne_Rejected()
    {
        var hundred = Enumerable.Range(0, 100).Select(_ => Get("Music", "a", "1")).ToArray();
        (await TransactGetAsync(hundred)).Responses.Count.ShouldBe(100);

        var error = await ShouldFailAsync<AmazonDynamoDBException>(() => TransactGetAsync([.. hundred, Get("Music", "a", "1")]), "ValidationException",
            "1 validation error detected: Value '[" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"com.amazonaws.dynamodb.v20120810.TransactGetItem@{i:x8}"))
            + "]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
        error.ShouldNotBeNull();
    }

    [Test]
    public async Task TransactGetItems_ActionWithoutMembers_ReportsEveryMissingMember()
    {
        await ShouldFailValidationAsync(() => TransactGetAsync(new TransactGetItem(), new TransactGetItem { Get = new Get() }),
            "3 validation errors detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.2.member.get.key' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'transactItems.2.member.get.tableName' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task TransactGetItems_NamesWithoutProjection_ThrowsValidation()
    {
        var get = Get("Music", "a", "1");
        get.Get.ExpressionAttributeNames = new() { ["#t"] = "title" };
        await ShouldFailValidationAsync(() => TransactGetAsync(get), "ExpressionAttributeNames can only be specified when using expressions");
    }

    [Test]
    public async Task TransactGetItems_ProjectionExpression_ProjectsEachItem()
    {
        await PutAsync("Music", "p", "1", ("title", new AttributeValue { S = "t" }), ("year", new AttributeValue { N = "1999" }));
        var projected = Get("Music", "p", "1");
        projected.Get.ProjectionExpression = "#y";
        projected.Get.ExpressionAttributeNames = new() { ["#y"] = "year" };

        var response = await TransactGetAsync(projected, Get("Music", "p", "1"));

        response.Responses[0].Item.Keys.ShouldBe(["year"]);
        response.Responses[0].Item["year"].N.ShouldBe("1999");
        response.Responses[1].Item.Count.ShouldBe(4);
    }

    [Test]
    public async Task TransactGetItems_UnusedName_ThrowsBareValidation()
    {
        var get = Get("Music", "a", "1");
        get.Get.ProjectionExpression = "title";
        get.Get.ExpressionAttributeNames = new() { ["#y"] = "year" };
        await ShouldFailValidationAsync(() => TransactGetAsync(get), "Value provided in ExpressionAttributeNames unused in expressions: keys: {#y}");
    }

    [Test]
    public async Task TransactGetItems_OverlappingProjection_ThrowsBareValidation()
    {
        var get = Get("Music", "a", "1");
        get.Get.ProjectionExpression = "a.b, a";
        await ShouldFailValidationAsync(() => TransactGetAsync(get),
            "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]");
    }

    [Test]
    public async Task TransactGetItems_ConsumedCapacityTotal_TwiceStronglyConsistentUnitsPerTable()
    {
        await PutAsync("Books", "big", "1", ("blob", new AttributeValue { S = new string('x', 5000) }));
        var response = await Client.TransactGetItemsAsync(new TransactGetItemsRequest
        {
            TransactItems = [Get("Music", "a", "1"), Get("Books", "big", "1"), Get("Music", "missing", "1")],
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });

        response.ConsumedCapacity.Count.ShouldBe(2);
        response.ConsumedCapacity[0].TableName.ShouldBe("Music");
        response.ConsumedCapacity[0].CapacityUnits.ShouldBe(4.0); // two items (one missing) × 1 RCU × 2
        response.ConsumedCapacity[0].Table.ShouldBeNull();
        response.ConsumedCapacity[1].TableName.ShouldBe("Books");
        response.ConsumedCapacity[1].CapacityUnits.ShouldBe(4.0); // 5 KB → 2 RCU × 2
    }

    [Test]
    public async Task TransactGetItems_ConsumedCapacityIndexes_HasTableMember_NoneWithout()
    {
        var indexes = await Client.TransactGetItemsAsync(new TransactGetItemsRequest
        {
            TransactItems = [Get("Music", "a", "1")],
            ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES,
        });
        indexes.ConsumedCapacity.Single().Table.CapacityUnits.ShouldBe(2.0);
        indexes.ConsumedCapacity.Single().CapacityUnits.ShouldBe(2.0);

        (await TransactGetAsync(Get("Music", "a", "1"))).ConsumedCapacity.ShouldBeNull();
    }

    [Test]
    public async Task TransactGetItems_WhileBatchesWrite_SeesEachBatchWhollyOrNotAtAll()
    {
        // Each BatchWriteItem writes the same generation to a pair of items in one table (one atomic commit per table):
        // reading both items from one cut never sees two generations, reading each from its own version would.
        var writer = Task.Run(async () =>
        {
            for (var generation = 0; generation < 200; generation++)
            {
                var value = new AttributeValue { N = generation.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                var one = Key("x", "1");
                one["gen"] = value;
                var two = Key("x", "2");
                two["gen"] = value;
                await Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
                {
                    ["Music"] = [new WriteRequest(new PutRequest(one)), new WriteRequest(new PutRequest(two))],
                });
            }
        });

        while (!writer.IsCompleted)
        {
            var response = await TransactGetAsync(Get("Music", "x", "1"), Get("Music", "x", "2"));
            response.Responses[0].Item?["gen"].N.ShouldBe(response.Responses[1].Item?["gen"].N);
        }

        await writer;
    }
}
