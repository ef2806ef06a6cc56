using Amazon.DynamoDBv2;

namespace FakeDynamo.Faults;

/// <summary>The operation names of <see cref="IAmazonDynamoDB"/> (method names without "Async").</summary>
internal static class OperationNames
{
    public static readonly IReadOnlySet<string> All = typeof(IAmazonDynamoDB).GetMethods()
        .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
        .Select(m => m.Name[..^"Async".Length])
        .ToHashSet(StringComparer.Ordinal);
}
