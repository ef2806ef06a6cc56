using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Orders;

/// <summary>Writes and reads orders.</summary>
public sealed class OrderService(IAmazonDynamoDB dynamo, OrdersOptions options)
{
    /// <summary>Creates the orders table (on-demand, partition key <c>orderId</c>) if it does not exist yet.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the table has been asked for.</returns>
    public async Task EnsureTableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamo.CreateTableAsync(new CreateTableRequest
            {
                TableName = options.TableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                KeySchema = [new KeySchemaElement("orderId", KeyType.HASH)],
                AttributeDefinitions = [new AttributeDefinition("orderId", ScalarAttributeType.S)],
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceInUseException)
        {
            // Already there: nothing to do.
        }
    }

    /// <summary>Writes <paramref name="order"/>, replacing an order with the same id.</summary>
    /// <param name="order">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the order is stored.</returns>
    public Task PlaceAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                ["orderId"] = new() { S = order.OrderId },
                ["customer"] = new() { S = order.Customer },
                ["total"] = new() { N = order.Total.ToString(CultureInfo.InvariantCulture) },
            },
        }, cancellationToken);
    }

    /// <summary>Reads an order from <paramref name="tableName"/> (default: the orders table), or null.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="tableName">Another table with the same shape, e.g. a restored copy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or null when there is none.</returns>
    public async Task<Order?> GetAsync(string orderId, string? tableName = null, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest
        {
            TableName = tableName ?? options.TableName,
            Key = new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = orderId } },
            ConsistentRead = true,
        }, cancellationToken).ConfigureAwait(false);
        if (response.Item is not { Count: > 0 } item)
        {
            return null;
        }

        return new Order(item["orderId"].S, item["customer"].S, decimal.Parse(item["total"].N, CultureInfo.InvariantCulture));
    }
}
