using System.Diagnostics;
using FakeDynamo.TestSupport;

namespace FakeDynamo.Packaging.Tests;

/// <summary>Runs the dotnet CLI as a child process with a bounded time, capturing everything it prints.</summary>
internal static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The last part of the output, enough to see why a step failed without flooding the report.</summary>
        public string Tail => Output.Length <= 6000 ? Output : "…" + Output[^6000..];
    }

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(ChildProcess.Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ChildProcess.IsolateFromOuterRun(start);

        var output = new OutputLines();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            output.Add($"[killed: `dotnet {string.Join(' ', arguments)}` did not finish within {timeout}]");
            return new Result(-1, output.ToString());
        }

        process.WaitForExit(); // flushes the asynchronous readers
        return new Result(process.ExitCode, output.ToString());
    }
}
