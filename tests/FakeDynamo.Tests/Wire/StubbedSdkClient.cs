using System.Net;
using System.Text;
using Amazon.Runtime;
using FakeDynamo.Wire;

namespace FakeDynamo.Tests.Wire;

/// <summary>A real SDK client whose every call is answered with one canned reply (retries off).</summary>
internal static class StubbedSdkClient
{
    public static AmazonDynamoDBClient Answering(HttpStatusCode status, string body) =>
        Answering(() => (status, body));

    /// <summary>A client that asks <paramref name="reply"/> for the status and body of each answer.</summary>
    public static AmazonDynamoDBClient Answering(Func<(HttpStatusCode Status, string Body)> reply) =>
        new(new BasicAWSCredentials("a", "b"), new AmazonDynamoDBConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.USEast1,
            MaxErrorRetry = 0,
            HttpClientFactory = new StubFactory(reply),
        });

    private sealed class StubFactory(Func<(HttpStatusCode Status, string Body)> reply) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new StubHandler(reply));

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;
    }

    private sealed class StubHandler(Func<(HttpStatusCode Status, string Body)> reply) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, body) = reply();
            return Task.FromResult(new WireReply(status, Encoding.UTF8.GetBytes(body), "REQUEST-ID").ToHttpResponse(request));
        }
    }
}
