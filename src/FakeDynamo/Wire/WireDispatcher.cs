using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using FakeDynamo.Errors;
using FakeDynamo.Mapping;

namespace FakeDynamo.Wire;

/// <summary>
/// The JSON 1.0 protocol over a fake: reads <c>X-Amz-Target</c> and the body, runs the operation through the fake's
/// <see cref="Amazon.DynamoDBv2.IAmazonDynamoDB"/> surface (so injected faults, the clock and partial mocks all apply)
/// and encodes the response or the error. Nothing here knows an operation by name.
/// </summary>
internal sealed class WireDispatcher(FakeDynamoDBClient fake)
{
    private const string DynamoPrefix = "DynamoDB_20120810.";
    private const string StreamsPrefix = "DynamoDBStreams_20120810.";

    /// <summary>
    /// Deep enough for the deepest legal request: 32 nested maps or lists are two JSON levels each, inside an envelope
    /// of up to six (TransactWriteItems); the engine, not the parser, must answer the 33rd level with its own error.
    /// </summary>
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 512 };

    public async Task<WireReply> HandleAsync(string? target, byte[] body, CancellationToken cancellationToken)
    {
        if (target is not null && target.StartsWith(StreamsPrefix, StringComparison.Ordinal))
        {
            return Fail(DynamoErrors.StreamsNotSupported(target));
        }

        if (target is null || !target.StartsWith(DynamoPrefix, StringComparison.Ordinal) ||
            !WireOperations.TryGet(target[DynamoPrefix.Length..], out var operation))
        {
            return Fail(DynamoErrors.UnknownOperation());
        }

        AmazonWebServiceRequest request;
        try
        {
            request = Decode(body, operation.Request);
        }
        catch (ServiceError error)
        {
            return Fail(error);
        }

        try
        {
            var response = await operation.Invoke(fake, request, cancellationToken).ConfigureAwait(false);
            return Encode(response);
        }
        catch (AmazonServiceException exception)
        {
            return WireError.FromException(exception, fake.NewRequestId());
        }
        catch (NotSupportedException refusal)
        {
            // An operation the service has and FakeDynamo does not: answered as the service answers unknown ones. A
            // feature FakeDynamo lacks inside an operation it has keeps its own message, which names the feature.
            return Fail(FakeDynamoDBClient.RefusesWholeOperation(refusal, operation.Name)
                ? DynamoErrors.UnknownOperation()
                : DynamoErrors.FeatureNotSupported(refusal.Message));
        }
        catch (Exception failure) when (failure is not (OperationCanceledException or IOException or HttpRequestException or TimeoutException))
        {
            // A defect of the fake, or a non-AWS exception injected by a test: the service's 500, naming the cause.
            // Transport-like exceptions (I/O, HTTP, timeout) propagate so the SDK sees a network failure.
            return Fail(DynamoErrors.InternalServerError($"Internal server error (FakeDynamo: {failure.GetType().Name}: {failure.Message})"));
        }
    }

    private static AmazonWebServiceRequest Decode(byte[] body, ModelShape shape)
    {
        if (body.Length == 0)
        {
            return (AmazonWebServiceRequest)shape.Create!();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException)
        {
            throw DynamoErrors.MalformedJson();
        }

        using (document)
        {
            AmazonWebServiceRequest request;
            try
            {
                request = (AmazonWebServiceRequest)ModelReader.Read(document.RootElement, shape);
            }
            catch (InvalidOperationException)
            {
                // Text that is not valid UTF-8, or a lone surrogate escape: not JSON the service can read.
                throw DynamoErrors.MalformedJson();
            }

            SdkMarshalling.MarkDecoded(request);
            return request;
        }
    }

    private static WireReply Encode(AmazonWebServiceResponse response)
    {
        var requestId = response.ResponseMetadata?.RequestId ?? string.Empty;
        var shape = ModelShape.For(response.GetType());
        if (shape.OrderedMembers.Count == 0)
        {
            // Operations with no output (TagResource, UntagResource) answer with an empty body, as the SDKs expect.
            return new WireReply(HttpStatusCode.OK, [], requestId);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            ModelWriter.WriteMembers(writer, response, shape);
            writer.WriteEndObject();
        }

        return new WireReply(HttpStatusCode.OK, buffer.ToArray(), requestId);
    }

    private WireReply Fail(ServiceError error) => WireError.FromServiceError(error, fake.NewRequestId());
}
