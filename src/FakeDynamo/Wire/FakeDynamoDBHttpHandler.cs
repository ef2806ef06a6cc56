using FakeDynamo.Wire;

namespace FakeDynamo;

/// <summary>
/// Serves DynamoDB's JSON 1.0 wire protocol (<c>X-Amz-Target: DynamoDB_20120810.&lt;Operation&gt;</c>) from a
/// <see cref="FakeDynamoDBClient"/>: plug it into a real <c>AmazonDynamoDBClient</c> (see
/// <see cref="FakeDynamoDBClient.CreateSdkClient"/>) so that the SDK's own marshalling, retries and error
/// unmarshalling run against the fake, or put it behind any HTTP server. The request's URL, host and signature are
/// ignored; any credentials are accepted.
/// </summary>
public class FakeDynamoDBHttpHandler : HttpMessageHandler
{
    private readonly WireDispatcher _dispatcher;

    /// <summary>Creates a handler that answers every request from <paramref name="fake"/>.</summary>
    /// <param name="fake">The fake whose tables, clock and faults serve the requests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    public FakeDynamoDBHttpHandler(FakeDynamoDBClient fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        _dispatcher = new WireDispatcher(fake);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null
            ? []
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var target = request.Headers.TryGetValues(WireReply.TargetHeader, out var values) ? values.FirstOrDefault() : null;
        var reply = await _dispatcher.HandleAsync(target, body, cancellationToken).ConfigureAwait(false);
        return reply.ToHttpResponse(request);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();
}
