using System.Text.Json;
using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>
/// The AWS CLI against the server, as a user would point it with <c>--endpoint-url</c>. Ignored (with the reason)
/// where <c>aws</c> is not on PATH.
/// </summary>
[Category("Process")]
public class AwsCliSmokeTests : LoopbackServerTestBase
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Test]
    public async Task AwsCli_CreateTablePutItemGetItem_RoundTripsOverTheSocket()
    {
        await AwsAsync("dynamodb", "create-table", "--table-name", "Cli", "--billing-mode", "PAY_PER_REQUEST",
            "--attribute-definitions", "AttributeName=pk,AttributeType=S", "--key-schema", "AttributeName=pk,KeyType=HASH");
        await AwsAsync("dynamodb", "put-item", "--table-name", "Cli", "--item", """{"pk":{"S":"a"},"n":{"N":"1.50"}}""");

        var got = await AwsAsync("dynamodb", "get-item", "--table-name", "Cli", "--key", """{"pk":{"S":"a"}}""");

        JsonDocument.Parse(got).RootElement.GetProperty("Item").GetProperty("n").GetProperty("N").GetString().ShouldBe("1.5");
    }

    [Test]
    public async Task AwsCli_MissingTable_ReportsTheServiceErrorCodeAndText()
    {
        var run = await RunAwsAsync("dynamodb", "delete-table", "--table-name", "Missing");

        run.ExitCode.ShouldNotBe(0);
        run.Stderr.ShouldContain(
            "An error occurred (ResourceNotFoundException) when calling the DeleteTable operation: Requested resource not found: Table: Missing not found",
            customMessage: run.Output);
    }

    private async Task<string> AwsAsync(params string[] arguments)
    {
        var run = await RunAwsAsync(arguments);
        run.ExitCode.ShouldBe(0, run.Output);
        return run.Stdout;
    }

    private async Task<CommandLine.Result> RunAwsAsync(params string[] arguments)
    {
        try
        {
            return await CommandLine.RunAsync("aws", [.. arguments, "--endpoint-url", Address, "--output", "json"], Timeout, AwsEnvironment.Isolated());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Ignore($"The AWS CLI (aws) is not on PATH ({e.Message}).");
            throw;
        }
    }
}
