using System.Diagnostics;
using System.Text;

namespace FakeDynamo.TestSupport;

/// <summary>
/// What every test that starts a child process needs (linked into the test projects that do): the dotnet host of
/// this run, an environment free of the outer <c>dotnet test</c>'s build and test-host variables, and a
/// thread-safe buffer for the lines the child prints.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The dotnet host running this test (the same SDK/runtime), or <c>dotnet</c> from PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>
    /// The outer <c>dotnet test</c> leaves MSBuild and VSTest variables in this process's environment; a nested build,
    /// pack or run must not inherit them (they point at the outer run's nodes and connections).
    /// </summary>
    public static void IsolateFromOuterRun(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
    }
}

/// <summary>Lines printed by a child process, collected from its reader threads.</summary>
internal sealed class OutputLines
{
    private readonly StringBuilder _text = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_text)
        {
            _text.AppendLine(line);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
