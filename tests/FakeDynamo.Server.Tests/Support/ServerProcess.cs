using System.Diagnostics;
using FakeDynamo.TestSupport;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace FakeDynamo.Server.Tests.Support;

/// <summary>
/// A running server process (the built dll or the installed tool): its stdout is read line by line as it comes, so a
/// test waits for the "listening" line without polling, then signals the process and awaits its exit code.
/// </summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly OutputLines _stdout = new();
    private readonly OutputLines _stderr = new();

    private ServerProcess(Process process) => _process = process;

    public static ServerProcess Start(string fileName, params string[] arguments)
    {
        var process = new Process { StartInfo = CommandLine.StartInfo(fileName, arguments) };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                server._lines.Writer.TryComplete();
                return;
            }

            server._stdout.Add(e.Data);
            server._lines.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) => server._stderr.Add(e.Data);
        Signals.StartWithInterruptDeliverable(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Everything printed so far, for failure messages.</summary>
    public string Output => $"stdout:\n{_stdout}\nstderr:\n{_stderr}";

    /// <summary>Waits for the first stdout line, which must be the "listening" line; returns the URL it names.</summary>
    public async Task<string> WaitForListeningAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        string first;
        try
        {
            first = await _lines.Reader.ReadAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"No line on stdout within {timeout}.\n{Output}");
        }
        catch (ChannelClosedException)
        {
            throw new AssertionException($"The process ended before printing anything on stdout.\n{Output}");
        }

        var match = ListeningLine().Match(first);
        match.Success.ShouldBeTrue($"The first stdout line is not the listening line.\n{Output}");
        return match.Groups[1].Value;
    }

    public void Signal(int signal) => Signals.Send(_process, signal);

    /// <summary>Awaits the exit (output fully read) and returns the exit code; fails if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"The process did not exit within {timeout}.\n{Output}");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^FakeDynamo listening on (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
