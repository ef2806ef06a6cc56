using System.Diagnostics;
using FakeDynamo.TestSupport;

namespace FakeDynamo.Server.Tests.Support;

/// <summary>Runs a command to completion with a bounded time, capturing stdout and stderr separately.</summary>
internal static class CommandLine
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => $"exit code {ExitCode}\nstdout:\n{Tail(Stdout)}\nstderr:\n{Tail(Stderr)}";

        private static string Tail(string text) => text.Length <= 6000 ? text : "…" + text[^6000..];
    }

    /// <summary>The dotnet host running this test (the same SDK/runtime), or <c>dotnet</c> from PATH.</summary>
    public static string Dotnet => ChildProcess.Dotnet;

    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ChildProcess.IsolateFromOuterRun(start);

        // A null value removes the variable.
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var stdout = new OutputLines();
        var stderr = new OutputLines();
        using var process = new Process { StartInfo = StartInfo(fileName, arguments, environment) };
        process.OutputDataReceived += (_, e) => stdout.Add(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            stderr.Add($"[killed: `{fileName} {string.Join(' ', arguments)}` did not finish within {timeout}]");
            return new Result(-1, stdout.ToString(), stderr.ToString());
        }

        return new Result(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
