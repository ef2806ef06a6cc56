using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FakeDynamo.Server.Tests.Support;

/// <summary>POSIX signals for the process tests: what Ctrl+C (SIGINT) and a service manager (SIGTERM) send.</summary>
internal static partial class Signals
{
    public const int Interrupt = 2;
    public const int Terminate = 15;

    private static readonly Lock Gate = new();

    public static void Send(Process process, int signal)
    {
        if (kill(process.Id, signal) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill({process.Id}, {signal}) failed");
        }
    }

    /// <summary>
    /// Starts <paramref name="process"/> so that SIGINT reaches it. A process started in the background by a
    /// non-interactive shell ignores SIGINT, and children inherit that (the .NET runtime keeps it ignored), so a test
    /// host started that way would hand the server a Ctrl+C it can never see. Only then is SIGINT set to its default
    /// around the start, and put back to ignored right after.
    /// </summary>
    public static void StartWithInterruptDeliverable(Process process)
    {
        if (!InterruptIgnoredHere())
        {
            process.Start();
            return;
        }

        lock (Gate)
        {
            signal(Interrupt, 0); // SIG_DFL
            try
            {
                process.Start();
            }
            finally
            {
                signal(Interrupt, 1); // SIG_IGN, as it was
            }
        }
    }

    private static bool InterruptIgnoredHere()
    {
        // Linux only: /proc/self/status lists the ignored signals as a hex mask (bit n-1 for signal n).
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (Interrupt - 1))) != 0;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc")]
    private static partial nint signal(int signum, nint handler);
}
