using System.Reflection;
using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>
/// The .NET tool as a user gets it: packs src/FakeDynamo.Server (from the build this test run made), installs the
/// package from a local folder feed into a temp tool path, runs <c>fakedynamo --port 0</c>, calls it, stops it.
/// </summary>
[Category("Process")]
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "sends POSIX signals")]
public class ToolTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    private string _temp = null!;

    [SetUp]
    public void CreateTemp() => _temp = Directory.CreateTempSubdirectory("fakedynamo-tool-").FullName;

    [TearDown]
    public void DeleteTemp() => Directory.Delete(_temp, recursive: true);

    [Test]
    public async Task Tool_PackedInstalledAndRun_ServesAndStopsOnCtrlC()
    {
        var feed = Path.Combine(_temp, "feed");
        var pack = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["pack", ServerProject(), "--no-build", "-c", BuildConfiguration(), "-o", feed], StepTimeout);
        pack.ExitCode.ShouldBe(0, pack.Output);
        File.Exists(Path.Combine(feed, "FakeDynamo.Server.0.1.0.nupkg")).ShouldBeTrue(pack.Output);

        // A config of its own naming only the folder feed (no URL): the tool package has no dependencies to fetch.
        var config = Path.Combine(_temp, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_temp, "tools");
        var install = await CommandLine.RunAsync(CommandLine.Dotnet,
            ["tool", "install", "--tool-path", tools, "--configfile", config, "FakeDynamo.Server", "--version", "0.1.0"], StepTimeout);
        install.ExitCode.ShouldBe(0, install.Output);

        using var server = ServerProcess.Start(Path.Combine(tools, "fakedynamo"), "--port", "0");
        var address = await server.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        await ProcessTests.ListTablesAsync(address);
        server.Signal(Signals.Interrupt);

        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).ShouldBe(0, server.Output);
    }

    private static string ServerProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "FakeDynamo.Server", "FakeDynamo.Server.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        throw new InvalidOperationException($"src/FakeDynamo.Server not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Debug or Release: the configuration this test assembly (and so the server it references) was built in.</summary>
    private static string BuildConfiguration() =>
        typeof(ToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
}
