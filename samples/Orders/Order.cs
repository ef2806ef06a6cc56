namespace Orders;

/// <summary>An order as the application sees it.</summary>
/// <param name="OrderId">The order's id (the table's partition key).</param>
/// <param name="Customer">Who placed it.</param>
/// <param name="Total">What it costs.</param>
public sealed record Order(string OrderId, string Customer, decimal Total);
