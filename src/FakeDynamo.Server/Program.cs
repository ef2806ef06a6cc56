using System.Runtime.InteropServices;
using FakeDynamo;
using FakeDynamo.Server;

// fakedynamo [--port N] ...: prints exactly one line on stdout once requests are accepted, then serves until Ctrl+C
// or SIGTERM and exits 0. Bad arguments: the problems and the usage on stderr, exit code 2. Cannot listen: exit 1.
var options = ServerOptions.Parse(args, out var problems);
if (options is null)
{
    return BadArguments(problems);
}

if (options.Help)
{
    Console.Out.WriteLine(ServerOptions.Usage);
    return 0;
}

FakeDynamoDBClient fake;
try
{
    fake = new FakeDynamoDBClient(options.ToFakeOptions());
}
catch (ArgumentException e)
{
    return BadArguments([e.Message]);
}

using (fake)
{
    using var stop = new CancellationTokenSource();
    void Stop(PosixSignalContext context)
    {
        context.Cancel = true; // shut down ourselves, gracefully, instead of being terminated
        stop.Cancel();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    FakeDynamoServer server;
    try
    {
        server = await FakeDynamoServer.StartAsync(options, fake, stop.Token);
    }
    catch (OperationCanceledException)
    {
        return 0;
    }
    catch (Exception e) when (e is IOException or InvalidOperationException)
    {
        await Console.Error.WriteLineAsync($"fakedynamo: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
        return 1;
    }

    await using (server)
    {
        Console.Out.WriteLine($"FakeDynamo listening on {server.Address}");
        Console.Out.Flush();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (stop.Token.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }
    }
}

return 0;

static int BadArguments(IEnumerable<string> problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"fakedynamo: {problem}");
    }

    Console.Error.WriteLine(ServerOptions.Usage);
    return 2;
}
