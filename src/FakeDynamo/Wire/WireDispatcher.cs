using System.Net;

namespace FakeDynamo.Wire;

/// <summary>Decodes a JSON 1.0 request, runs it on the fake and encodes the response or error.</summary>
internal sealed class WireDispatcher(FakeDynamoDBClient fake)
{
    public Task<WireReply> HandleAsync(string? target, byte[] body, CancellationToken cancellationToken)
    {
        _ = fake;
        _ = target;
        _ = body;
        _ = cancellationToken;
        return Task.FromResult(new WireReply(HttpStatusCode.BadRequest, "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}"u8.ToArray(), "SKELETON"));
    }
}
