using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace FakeDynamo.Server;

/// <summary>
/// Kestrel on 127.0.0.1 in front of one <see cref="FakeDynamoDBClient"/>. Used by Program and, in-process, by the
/// tests. The caller owns the fake and stops the server by disposing it; no signal handlers are installed here.
/// </summary>
internal sealed class FakeDynamoServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker;

    private FakeDynamoServer(WebApplication app, HttpMessageInvoker invoker, int port)
    {
        _app = app;
        _invoker = invoker;
        Port = port;
    }

    /// <summary>The port actually bound (the free one picked when the options asked for 0).</summary>
    public int Port { get; }

    /// <summary>The endpoint URL, exactly as printed: <c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>Starts listening; returns once Kestrel accepts connections.</summary>
    public static async Task<FakeDynamoServer> StartAsync(ServerOptions options, FakeDynamoDBClient fake, CancellationToken cancellationToken)
    {
        // The empty builder reads no appsettings, environment variables or command line (no ASPNETCORE_URLS surprises).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddSingleton<IHostLifetime, CallerControlledLifetime>();
        // Quiet: nothing on stdout may precede the "listening" line; warnings and errors go to stderr.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            // "Hosting failed to start" would repeat, with a stack trace, the bind error the caller reports in one line.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        var app = builder.Build();
        var invoker = new HttpMessageInvoker(new FakeDynamoDBHttpHandler(fake));
        var forwarder = new WireForwarder(invoker, options.Region);
        app.Run(context => forwarder.HandleAsync(context));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            invoker.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new FakeDynamoServer(app, invoker, new Uri(address).Port);
    }

    /// <summary>Stops accepting requests, lets those in flight finish, and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _invoker.Dispose();
    }

    /// <summary>The host's default lifetime would hook Ctrl+C; here whoever started the server decides when it stops.</summary>
    private sealed class CallerControlledLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
