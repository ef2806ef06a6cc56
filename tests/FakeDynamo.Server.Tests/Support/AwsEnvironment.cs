namespace FakeDynamo.Server.Tests.Support;

/// <summary>The environment for AWS tools started by the tests (boto3, the AWS CLI).</summary>
internal static class AwsEnvironment
{
    /// <summary>Dummy credentials and region; the user's ~/.aws files and the instance metadata service are never read.</summary>
    public static Dictionary<string, string?> Isolated()
    {
        // Every AWS_* variable of this process (profile, session token, endpoint overrides) is dropped first.
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, string? (_) => null);
        foreach (var (name, value) in Dummy)
        {
            environment[name] = value;
        }

        return environment;
    }

    private static readonly Dictionary<string, string> Dummy = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "x",
        ["AWS_SECRET_ACCESS_KEY"] = "y",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_CONFIG_FILE"] = "/nonexistent/fakedynamo/config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/fakedynamo/credentials",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };
}
