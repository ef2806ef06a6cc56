using System.Net;
using Amazon.Runtime;
using FakeDynamo.Errors;
using FakeDynamo.Wire;

namespace FakeDynamo.Tests.Wire;

/// <summary>
/// The direct client types an error exactly as the real client's unmarshaller does: for every operation, every
/// DynamoDB error code is returned through a real SDK client and compared with <see cref="ErrorMapping"/>'s choice.
/// (This is how InvalidEndpointException on the endpoint-discovery operations and DescribeLimits' errors were found.)
/// </summary>
public sealed class ErrorTypingTests
{
    private static readonly string[] Codes = typeof(AmazonDynamoDBException).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(AmazonDynamoDBException)))
        .SelectMany(t => new[] { t.Name, t.Name[..^"Exception".Length] })
        .Append("ValidationException")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The operations the fake implements (the others throw NotSupportedException and raise no service errors).</summary>
    private static IEnumerable<string> Operations()
    {
        using var fake = new FakeDynamoDBClient();
        foreach (var name in WireOperations.Names.Order(StringComparer.Ordinal))
        {
            WireOperations.TryGet(name, out var wire);
            var call = wire.Invoke(fake, (AmazonWebServiceRequest)Activator.CreateInstance(wire.Request.Type)!, CancellationToken.None);
            if (call.Exception?.InnerException is not NotSupportedException)
            {
                yield return name;
            }
        }
    }

    [TestCaseSource(nameof(Operations))]
    public async Task ErrorMapping_EveryCode_TypesLikeTheSdkUnmarshaller(string operation)
    {
        WireOperations.TryGet(operation, out var wire).ShouldBeTrue();
        var mismatches = new List<string>();
        var (code, status) = (string.Empty, HttpStatusCode.BadRequest);
        using var client = StubbedSdkClient.Answering(() => (status, $$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{code}}","message":"m"}"""));
        foreach (var each in Codes)
        {
            code = each;
            status = code == "InternalServerError" ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
            var request = (AmazonWebServiceRequest)Activator.CreateInstance(wire.Request.Type)!;
            var sdk = await Should.ThrowAsync<AmazonDynamoDBException>(() => wire.Invoke(client, request, CancellationToken.None));
            var fake = ErrorMapping.ToSdkException(new ServiceError(code, "m", status), operation, "REQUEST-ID");
            if (sdk.GetType() != fake.GetType())
            {
                mismatches.Add($"{code}: SDK {sdk.GetType().Name}, fake {fake.GetType().Name}");
            }
        }

        mismatches.ShouldBeEmpty();
    }
}
