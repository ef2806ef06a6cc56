using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// ItemCollectionMetrics (data-plane §4.8): only for tables with a local secondary index and only when SIZE was
/// requested. The size estimate is the service's 1 GB bracket; an in-memory collection is far below 1 GB, so the fake
/// always reports [0.0, 1.0] (decision, docs/expressions.md).
/// </summary>
internal static class CollectionMetrics
{
    public static ItemCollectionMetrics? For(ReturnItemCollectionMetrics? mode, TableSchema schema, PrimaryKey key)
    {
        if (mode?.Value != "SIZE" || !schema.LocalIndexes.Any())
        {
            return null;
        }

        return new ItemCollectionMetrics
        {
            ItemCollectionKey = new Dictionary<string, AttributeValue> { [schema.PartitionKey.Name] = key.Partition.ToAttributeValue() },
            SizeEstimateRangeGB = [0.0, 1.0],
        };
    }
}
