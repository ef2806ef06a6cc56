using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace FakeDynamo;

public partial class FakeDynamoDBClient
{
    /// <summary>
    /// Creates a real <see cref="AmazonDynamoDBClient"/> whose HTTP calls are answered in-process by this fake through
    /// <see cref="FakeDynamoDBHttpHandler"/>: the SDK's marshalling, retries and error unmarshalling all run, no socket
    /// is opened. The client uses this fake's region and dummy credentials; <paramref name="configure"/> may change the
    /// config (for example <c>MaxErrorRetry</c>) before the client is built.
    /// </summary>
    /// <param name="configure">Optional changes to the SDK config; its <c>HttpClientFactory</c> must stay as set.</param>
    /// <returns>A new SDK client; dispose it when done (the fake stays usable).</returns>
    public virtual AmazonDynamoDBClient CreateSdkClient(Action<AmazonDynamoDBConfig>? configure = null)
    {
        var config = new AmazonDynamoDBConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(_account.Region),
            HttpClientFactory = new InProcessHttpClientFactory(new FakeDynamoDBHttpHandler(this)),
        };
        configure?.Invoke(config);
        return new AmazonDynamoDBClient(new BasicAWSCredentials("fake-access-key", "fake-secret-key"), config);
    }

    /// <summary>A fresh request id from this fake's generator (seeded like every other id).</summary>
    internal string NewRequestId() => _account.Ids.NewRequestId();

    /// <summary>
    /// Hands the SDK HttpClients over the in-process handler. The SDK's cache is keyed by config text, which two fakes
    /// could share, so it is switched off; the clients hold no sockets.
    /// </summary>
    private sealed class InProcessHttpClientFactory(FakeDynamoDBHttpHandler handler) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
    }
}
