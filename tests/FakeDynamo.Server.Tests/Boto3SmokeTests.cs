using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>
/// Another language against the server: smoke/boto3_smoke.py drives an in-process server over its socket with boto3.
/// Ignored (with the reason) where python3 or boto3 is missing; runs wherever they are, CI included.
/// </summary>
[Category("Process")]
public class Boto3SmokeTests : LoopbackServerTestBase
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Boto3Smoke_AgainstTheServer_PassesEveryCheck()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "smoke", "boto3_smoke.py");
        await IgnoreUnlessBoto3Async();

        var run = await CommandLine.RunAsync("python3", [script, Address], Timeout, AwsEnvironment.Isolated());

        run.ExitCode.ShouldBe(0, run.Output);
        run.Stdout.ShouldContain("boto3 smoke: 0 failure(s)", customMessage: run.Output);
    }

    private static async Task IgnoreUnlessBoto3Async()
    {
        CommandLine.Result probe;
        try
        {
            probe = await CommandLine.RunAsync("python3", ["-c", "import boto3"], Timeout, AwsEnvironment.Isolated());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Ignore($"python3 is not on PATH ({e.Message}).");
            return;
        }

        if (probe.ExitCode != 0)
        {
            Assert.Ignore($"boto3 cannot be imported by python3: {probe.Stderr.Trim()}");
        }
    }
}
