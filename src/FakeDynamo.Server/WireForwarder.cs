namespace FakeDynamo.Server;

/// <summary>
/// The whole adapter between Kestrel and the in-process protocol: each HTTP request becomes an
/// <see cref="HttpRequestMessage"/> for <see cref="FakeDynamoDBHttpHandler"/>, and its answer (status, headers, body)
/// is copied back byte for byte (the handler also refuses DynamoDB Streams targets clearly). A GET is a health probe;
/// browsers get CORS (<see cref="Cors"/>).
/// </summary>
internal sealed class WireForwarder(HttpMessageInvoker invoker, string region)
{
    private static readonly Uri Placeholder = new("http://127.0.0.1/");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (Cors.TryAnswerPreflight(context))
        {
            return;
        }

        Cors.Allow(context);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            // What the real endpoint answers to `GET /` (load balancers and tools probe it).
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync($"healthy: dynamodb.{region}.amazonaws.com ", cancellationToken);
            return;
        }

        using var message = await ToRequestMessageAsync(request, cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await invoker.SendAsync(message, cancellationToken);
        }
        catch (Exception failure) when (failure is IOException or HttpRequestException or TimeoutException)
        {
            // A transport-like fault injected by a test: the client sees the connection drop, as on a network failure.
            context.Abort();
            return;
        }

        using var _ = response;
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, cancellationToken);
    }

    private static async Task<HttpRequestMessage> ToRequestMessageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        // The handler ignores the URL; a fixed one also serves HTTP/1.0 requests that carry no Host header.
        var message = new HttpRequestMessage(new HttpMethod(request.Method), Placeholder)
        {
            Content = new ByteArrayContent(buffer.ToArray()),
        };
        foreach (var (name, values) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                message.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return message;
    }
}
