using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Faults;
using FakeDynamo.Mapping;

namespace FakeDynamo;

/// <summary>
/// An in-process, in-memory stand-in for <see cref="AmazonDynamoDBClient"/>: the same operations, responses, exception
/// types, error codes and messages, with a clock the test controls. Public members are virtual so that a test can make
/// a partial mock (Moq <c>CallBase = true</c>) and override one call while the rest keeps the fake's behaviour.
/// Operations that are not supported throw <see cref="NotSupportedException"/> naming themselves (see the README's
/// support matrix).
/// </summary>
public partial class FakeDynamoDBClient : IAmazonDynamoDB
{
    private readonly Account _account;
    private volatile bool _disposed;

    /// <summary>Creates a fake with default options (system clock, account 123456789012, us-east-1).</summary>
    public FakeDynamoDBClient()
        : this(new FakeDynamoDBOptions())
    {
    }

    /// <summary>Creates a fake with <paramref name="options"/>, which are validated and copied.</summary>
    /// <param name="options">The settings; later changes to this object do not affect the client.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public FakeDynamoDBClient(FakeDynamoDBOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _account = new Account(options.ValidatedCopy());
        Config = new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(_account.Region) };
    }

    /// <summary>Makes chosen operations fail with chosen service errors (fault injection).</summary>
    public virtual FaultInjector Faults => _account.Faults;

    /// <inheritdoc />
    public virtual IClientConfig Config { get; }

    /// <inheritdoc />
    public virtual IDynamoDBv2PaginatorFactory Paginators =>
        // The SDK's factory has only an internal constructor; it pages through any IAmazonDynamoDB.
        (IDynamoDBv2PaginatorFactory)Activator.CreateInstance(
            typeof(DynamoDBv2PaginatorFactory),
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic,
            binder: null,
            args: [this],
            culture: null)!;

    /// <inheritdoc />
    public virtual Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        new($"https://dynamodb.{_account.Region}.amazonaws.com");

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Marks the client disposed; later calls fail with <see cref="ObjectDisposedException"/>.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing) => _disposed = true;

    /// <summary>
    /// The pipeline every operation goes through: guard (null request, disposed, cancelled) → injected faults →
    /// engine → response metadata. Service errors surface when the task is awaited, typed as the real client types
    /// them for this operation.
    /// </summary>
    #pragma warning disable CA1068 // the handler reads best last at every call site
    private Task<TResponse> Invoke<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken, Func<TRequest, TResponse> handler)
#pragma warning restore CA1068
        where TRequest : AmazonWebServiceRequest
        where TResponse : AmazonWebServiceResponse
    {
        if (request is null)
        {
            return Task.FromException<TResponse>(new ArgumentNullException(nameof(request)));
        }

        if (_disposed)
        {
            return Task.FromException<TResponse>(new ObjectDisposedException(GetType().FullName));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResponse>(cancellationToken);
        }

        var operation = typeof(TRequest).Name[..^"Request".Length];
        var requestId = _account.Ids.NewRequestId();
        try
        {
            _account.Faults.Check(operation, request);
            var response = handler(SdkMarshalling.AsSent(request));
            response.HttpStatusCode = HttpStatusCode.OK;
            response.ResponseMetadata = new ResponseMetadata { RequestId = requestId };
            return Task.FromResult(response);
        }
        catch (ServiceError error)
        {
            return Task.FromException<TResponse>(ErrorMapping.ToSdkException(error, operation, requestId));
        }
        catch (AmazonServiceException injected)
        {
            // A fault made by the test: give it a request id like the service's if it has none.
            injected.RequestId ??= requestId;
            return Task.FromException<TResponse>(injected);
        }
        catch (Exception other) when (other is not NotSupportedException)
        {
            return Task.FromException<TResponse>(other);
        }
    }

    private static NotSupportedException Unsupported(string operation) =>
        new($"FakeDynamo does not support {operation}. See the support matrix in the README.");

    /// <summary>Whether <paramref name="refusal"/> refuses all of <paramref name="operation"/> (not one feature of it).</summary>
    internal static bool RefusesWholeOperation(NotSupportedException refusal, string operation) =>
        refusal.Message == Unsupported(operation).Message;
}
