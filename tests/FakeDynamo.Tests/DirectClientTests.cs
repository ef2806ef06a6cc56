using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests;

/// <summary>
/// Guards of the direct <see cref="FakeDynamoDBClient"/> itself: argument checks, disposal, cancellation before the
/// call, synchronous task shape, constructor. An SDK client has its own guards for these, so FakeDynamo.WireTests
/// leaves this file out.
/// </summary>
public class DirectClientTests : FakeDynamoTestBase
{
    [Test]
    public async Task AnyOperation_NullRequest_ThrowsArgumentNullException()
    {
        await Should.ThrowAsync<ArgumentNullException>(() => Fake.DescribeTableAsync((DescribeTableRequest)null!));
    }

    [Test]
    public async Task AnyOperation_DisposedClient_ThrowsObjectDisposedException()
    {
        Fake.Dispose();
        await Should.ThrowAsync<ObjectDisposedException>(() => Fake.ListTablesAsync(new ListTablesRequest()));
    }

    [Test]
    public async Task AnyOperation_CancelledToken_ReturnsCancelledTask()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var task = Fake.ListTablesAsync(new ListTablesRequest(), cts.Token);
        task.IsCanceled.ShouldBeTrue();
        await Should.ThrowAsync<TaskCanceledException>(() => task);
    }

    [Test]
    public void AnyOperation_ServiceError_SurfacesWhenAwaited()
    {
        var task = Fake.DescribeTableAsync(new DescribeTableRequest { TableName = "Missing" });
        task.IsFaulted.ShouldBeTrue();
    }

    [Test]
    public void Constructor_NullOptions_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => new FakeDynamoDBClient(null!));
    }

    [Test]
    public void Constructor_InvalidOptions_ReportsEveryProblemTogether()
    {
        var options = new FakeDynamoDBOptions { AccountId = "12", Region = "", TableCreateDelay = TimeSpan.FromSeconds(-1) };
        var exception = Should.Throw<ArgumentException>(() => new FakeDynamoDBClient(options));
        exception.Message.ShouldContain("AccountId must be 12 digits");
        exception.Message.ShouldContain("Region must be a region name");
        exception.Message.ShouldContain("TableCreateDelay must not be negative");
    }
}
