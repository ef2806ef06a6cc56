using Amazon.Runtime;
using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>
/// The server as its own process (<c>dotnet FakeDynamo.Server.dll</c>, the dll this project's reference copied next
/// to the tests): the one stdout line, a real call, and a clean exit on Ctrl+C/SIGTERM; bad arguments exit 2.
/// </summary>
[Category("Process")]
[Platform(Exclude = "Win", Reason = "sends POSIX signals")]
public class ProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(20);

    private static string ServerDll => Path.Combine(AppContext.BaseDirectory, "FakeDynamo.Server.dll");

    [TestCase(Signals.Interrupt, TestName = "Server_CtrlC_StopsGracefullyWithExitCode0")]
    [TestCase(Signals.Terminate, TestName = "Server_Sigterm_StopsGracefullyWithExitCode0")]
    public async Task Server_StartsServesAndStops(int signal)
    {
        using var server = ServerProcess.Start(CommandLine.Dotnet, ServerDll, "--port", "0", "--seed", "1");
        var address = await server.WaitForListeningAsync(StartTimeout);

        await ListTablesAsync(address);
        server.Signal(signal);

        (await server.WaitForExitAsync(ExitTimeout)).ShouldBe(0, server.Output);
        server.Output.ShouldNotContain("fail", Case.Insensitive);
    }

    [TestCase(new[] { "--port", "http" }, "fakedynamo: --port must be a number from 0 to 65535 (was 'http').")]
    [TestCase(new[] { "--port", "65536" }, "fakedynamo: --port must be a number from 0 to 65535 (was '65536').")]
    [TestCase(new[] { "--port" }, "fakedynamo: --port needs a value.")]
    [TestCase(new[] { "--verbose" }, "fakedynamo: Unknown argument '--verbose'.")]
    [TestCase(new[] { "--seed", "x" }, "fakedynamo: --seed must be a 32-bit integer (was 'x').")]
    [TestCase(new[] { "--account-id", "42" }, "fakedynamo: Invalid FakeDynamoDBOptions: AccountId must be 12 digits (was '42').")]
    public async Task Server_BadArguments_ExitsWithCode2AndUsageOnStderr(string[] arguments, string problem)
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet, [ServerDll, .. arguments], ExitTimeout);

        result.ExitCode.ShouldBe(2, result.Output);
        result.Stdout.ShouldBeEmpty(result.Output);
        result.Stderr.ShouldStartWith(problem, customMessage: result.Output);
        result.Stderr.ShouldContain("Usage: fakedynamo [--port <N>]", customMessage: result.Output);
    }

    [Test]
    public async Task Server_Help_PrintsUsageOnStdoutAndExits0()
    {
        var result = await CommandLine.RunAsync(CommandLine.Dotnet, [ServerDll, "--help"], ExitTimeout);

        result.ExitCode.ShouldBe(0, result.Output);
        result.Stdout.ShouldStartWith("Usage: fakedynamo [--port <N>] [--region <name>] [--account-id <12 digits>] [--seed <int>]", customMessage: result.Output);
        result.Stderr.ShouldBeEmpty(result.Output);
    }

    [Test]
    public async Task Server_PortInUse_ExitsWithCode1()
    {
        using var fake = new FakeDynamoDBClient();
        await using var other = await FakeDynamoServer.StartAsync(new ServerOptions { Port = 0 }, fake, CancellationToken.None);

        var result = await CommandLine.RunAsync(CommandLine.Dotnet, [ServerDll, "--port", other.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], ExitTimeout);

        result.ExitCode.ShouldBe(1, result.Output);
        result.Stdout.ShouldBeEmpty(result.Output);
        result.Stderr.ShouldStartWith($"fakedynamo: cannot listen on 127.0.0.1:{other.Port}:", customMessage: result.Output);
    }

    /// <summary>One signed SDK call against a server process; shared with the tool test.</summary>
    internal static async Task ListTablesAsync(string address)
    {
        using var sdk = new AmazonDynamoDBClient(
            new BasicAWSCredentials("x", "y"),
            new AmazonDynamoDBConfig { ServiceURL = address, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var tables = await sdk.ListTablesAsync(new ListTablesRequest());
        tables.TableNames.ShouldBeEmpty();
    }
}
