using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Tag and ResourceArn checks for CreateTable, TagResource, UntagResource and ListTagsOfResource (spec data-plane §8.6;
/// texts [LAB DDB-TABLE-107]): keys 1..128 characters, values 0..256, letters, digits, whitespace and <c>+ - = . _ : /</c>,
/// no <c>aws:</c> prefix, no duplicates, at most 50 per resource.
/// </summary>
internal static class TagValidation
{
    /// <summary>Tags per resource (data-plane §8.6).</summary>
    public const int MaxTags = 50;

    public static void Tags(List<Tag> tags, int existing)
    {
        if (tags.Count + existing > MaxTags)
        {
            throw DynamoErrors.TooManyTags();
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            Key(tag?.Key);
            if (tag!.Key.StartsWith("aws:", StringComparison.Ordinal))
            {
                throw DynamoErrors.ReservedTagKey(tag.Key);
            }

            if (tag.Value is null || tag.Value.Length > 256 || !tag.Value.All(IsAllowed))
            {
                throw DynamoErrors.InvalidTagValue(tag.Value);
            }
        }

        foreach (var tag in tags)
        {
            if (!seen.Add(tag.Key))
            {
                throw DynamoErrors.DuplicateTagKey(tag.Key);
            }
        }
    }

    public static void Keys(List<string> keys)
    {
        if (keys.Count > MaxTags)
        {
            throw DynamoErrors.TooManyTags();
        }

        foreach (var key in keys)
        {
            Key(key);
        }
    }

    /// <summary>
    /// Resolves a ResourceArn to a table name of this account and region, or throws the service's text for a missing,
    /// non-ARN, backup, index or foreign ARN (data-plane §8.6, backup-api §2.2).
    /// </summary>
    public static string TableNameOf(string? arn, Account account)
    {
        if (arn is null)
        {
            throw DynamoErrors.ResourceArnMissing();
        }

        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw DynamoErrors.ArnMustStartWithArn(arn);
        }

        var prefix = account.ArnPrefix + "table/";
        if (arn.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = arn[prefix.Length..];
            if (rest.Contains("/backup/", StringComparison.Ordinal))
            {
                throw DynamoErrors.NotADynamoDBResourceArn(arn);
            }

            if (rest.Contains("/index/", StringComparison.Ordinal))
            {
                throw DynamoErrors.OnlyTableOrStreamArn(arn);
            }

            if (Names.IsValidTableName(rest))
            {
                return rest;
            }
        }

        throw DynamoErrors.InvalidTableArn(arn);
    }

    private static void Key(string? key)
    {
        if (key is null || key.Length is < 1 or > 128 || !key.All(IsAllowed))
        {
            throw DynamoErrors.InvalidTagKey(key ?? "null");
        }
    }

    private static bool IsAllowed(char c) =>
        char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '+' or '-' or '=' or '.' or '_' or ':' or '/';
}
