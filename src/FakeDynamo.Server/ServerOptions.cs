using System.Globalization;

namespace FakeDynamo.Server;

/// <summary>
/// The command line: <c>--port N</c> (0 picks a free port), <c>--region</c>, <c>--account-id</c>, <c>--seed</c>.
/// Parsing reports every problem together; the region and account id are checked by <see cref="FakeDynamoDBOptions"/>
/// itself when the fake is built, so the rules live in one place.
/// </summary>
internal sealed record ServerOptions
{
    /// <summary>DynamoDB Local's default port, so that existing <c>--endpoint-url http://localhost:8000</c> setups work.</summary>
    public const int DefaultPort = 8000;

    public const string Usage = """
        Usage: fakedynamo [--port <N>] [--region <name>] [--account-id <12 digits>] [--seed <int>]

        Serves an in-memory Amazon DynamoDB (JSON 1.0 protocol) on http://127.0.0.1:<N>.
          --port <N>          TCP port on 127.0.0.1, 0-65535 (0 picks a free one). Default 8000.
          --region <name>     Region used in ARNs. Default us-east-1.
          --account-id <id>   12-digit account id used in ARNs. Default 123456789012.
          --seed <int>        Seed for generated ids (reproducible table ids, backup ARNs, request ids).
          --help              Print this text.
        Any credentials and signatures are accepted. Stop with Ctrl+C.
        """;

    public int Port { get; init; } = DefaultPort;

    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    public int? Seed { get; init; }

    public bool Help { get; init; }

    /// <summary>The options the fake is built with (it validates region and account id).</summary>
    public FakeDynamoDBOptions ToFakeOptions() => new() { Region = Region, AccountId = AccountId, Seed = Seed };

    /// <summary>Parses <paramref name="args"/>; returns the options, or null with every problem in <paramref name="problems"/>.</summary>
    public static ServerOptions? Parse(IReadOnlyList<string> args, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        var options = new ServerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                options = options with { Help = true };
                continue;
            }

            if (name is not ("--port" or "--region" or "--account-id" or "--seed"))
            {
                errors.Add($"Unknown argument '{name}'.");
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{name} needs a value.");
                continue;
            }

            var value = args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    options = options with { Port = port };
                    break;
                case "--port":
                    errors.Add($"--port must be a number from 0 to 65535 (was '{value}').");
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--seed":
                    errors.Add($"--seed must be a 32-bit integer (was '{value}').");
                    break;
                case "--region":
                    options = options with { Region = value };
                    break;
                default:
                    options = options with { AccountId = value };
                    break;
            }
        }

        problems = errors;
        return errors.Count == 0 ? options : null;
    }
}
