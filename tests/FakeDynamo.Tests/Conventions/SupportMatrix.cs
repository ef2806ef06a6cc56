using System.Reflection;
using System.Text.RegularExpressions;

namespace FakeDynamo.Tests.Conventions;

/// <summary>Reads the README's support matrix and probes which operations the client really supports.</summary>
internal static partial class SupportMatrix
{
    public static IReadOnlyList<string> Operations { get; } = typeof(IAmazonDynamoDB).GetMethods()
        .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
        .Select(m => m.Name[..^"Async".Length])
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The request-object overload of each operation.</summary>
    public static MethodInfo RequestMethod(string operation) => typeof(IAmazonDynamoDB).GetMethods().Single(m =>
        m.Name == operation + "Async" &&
        m.GetParameters() is [{ } first, { ParameterType: var ct }] &&
        first.ParameterType.Name == operation + "Request" &&
        ct == typeof(CancellationToken));

    /// <summary>Whether calling <paramref name="operation"/> on the fake gets past the NotSupported gate.</summary>
    public static bool IsSupported(FakeDynamoDBClient client, string operation, out NotSupportedException? refusal)
    {
        var method = RequestMethod(operation);
        var request = Activator.CreateInstance(method.GetParameters()[0].ParameterType)!;
        try
        {
            var task = (Task)method.Invoke(client, [request, CancellationToken.None])!;
            task.ContinueWith(t => t.Exception, TaskScheduler.Default); // observe: validation errors are expected here
            refusal = null;
            return true;
        }
        catch (TargetInvocationException e) when (e.InnerException is NotSupportedException notSupported)
        {
            refusal = notSupported;
            return false;
        }
    }

    /// <summary>Rows of the README's matrix: <c>| `Operation` | Supported |</c> or <c>| `Operation` | Not supported |</c>.</summary>
    public static IReadOnlyDictionary<string, bool> ReadmeRows()
    {
        var readme = File.ReadAllText(FindReadme());
        return RowPattern().Matches(readme).ToDictionary(
            m => m.Groups["op"].Value,
            m => m.Groups["state"].Value.StartsWith("Supported", StringComparison.Ordinal));
    }

    private static string FindReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "FakeDynamo.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("README.md next to FakeDynamo.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\|\s*`(?<op>[A-Za-z]+)`\s*\|\s*(?<state>Supported|Not supported)", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
