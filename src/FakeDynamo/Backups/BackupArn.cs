using System.Globalization;
using FakeDynamo.Errors;

namespace FakeDynamo.Backups;

/// <summary>
/// A backup ARN, <c>arn:aws:dynamodb:&lt;region&gt;:&lt;account&gt;:table/&lt;table&gt;/backup/&lt;14-digit epoch ms&gt;-&lt;8 hex&gt;</c>
/// (backup-api §3.1). The milliseconds equal the backup's creation time; SYSTEM backups end in <c>-00000000</c>.
/// </summary>
internal sealed record BackupArn(string Partition, string Service, string Region, string AccountId, string TableName, long CreationMilliseconds, string Suffix)
{
    /// <summary>Whether <paramref name="region"/> is a region the SDK knows (the service's ARN checks accept only those).</summary>
    public static bool IsKnownRegion(string region) => KnownRegions.Contains(region);

    /// <summary>The suffix of SYSTEM backups (backup-api §3.1, [U terraform #26771][L]).</summary>
    public const string SystemSuffix = "00000000";

    private static readonly HashSet<string> KnownRegions =
        Amazon.RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName).ToHashSet(StringComparer.Ordinal);

    public static string Format(string arnPrefix, string tableName, DateTimeOffset createdAt, string suffix) =>
        $"{arnPrefix}table/{tableName}/backup/{createdAt.ToUnixTimeMilliseconds().ToString("D14", CultureInfo.InvariantCulture)}-{suffix}";

    /// <summary>
    /// Parses a BackupArn member. A string that is not shaped like a backup ARN gives <c>Invalid Backup ARN</c>; a backup
    /// ARN with an unknown region, another partition or service gives <c>Invalid Request: BackupArn is not valid</c>
    /// (backup-api §2.2). <paramref name="ownRegion"/> counts as known even when it is not a public region.
    /// </summary>
    public static BackupArn Parse(string value, string ownRegion)
    {
        var parts = value.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn")
        {
            throw DynamoErrors.InvalidBackupArn();
        }

        var resource = parts[5].Split('/');
        if (resource.Length != 4 || resource[0] != "table" || resource[1].Length == 0 || resource[2] != "backup" || !TryParseId(resource[3], out var ms, out var suffix))
        {
            throw DynamoErrors.InvalidBackupArn();
        }

        var region = parts[3];
        if (parts[1] != "aws" || parts[2] != "dynamodb" || (region != ownRegion && !KnownRegions.Contains(region)))
        {
            throw DynamoErrors.BackupArnNotValid();
        }

        return new BackupArn(parts[1], parts[2], region, parts[4], resource[1], ms, suffix);
    }

    private static bool TryParseId(string id, out long milliseconds, out string suffix)
    {
        milliseconds = 0;
        suffix = string.Empty;
        if (id.Length != 23 || id[14] != '-' || !id[..14].All(char.IsAsciiDigit) || !id[15..].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        milliseconds = long.Parse(id[..14], CultureInfo.InvariantCulture);
        suffix = id[15..];
        return true;
    }
}
