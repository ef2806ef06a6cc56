using FakeDynamo.Errors;

namespace FakeDynamo.Engine;

/// <summary>What DescribeTimeToLive reports: ENABLING, ENABLED, DISABLING or DISABLED, and the attribute when there is one.</summary>
internal sealed record TimeToLiveState(string Status, string? AttributeName);

/// <summary>
/// Table settings: tags (spec data-plane §8.6) and Time to Live (§8.5). A TTL change is ENABLING/DISABLING for
/// options.TableUpdateDelay (zero by default: ENABLED/DISABLED at once, as Alternator observed on AWS) and counts as
/// a table operation in progress meanwhile; a second change within <see cref="TimeToLiveCooldown"/> is refused.
/// </summary>
internal sealed partial class Account
{
    /// <summary>The service allows one TTL change per hour (data-plane §8.5; AWS docs: "during this one hour duration").</summary>
    public static readonly TimeSpan TimeToLiveCooldown = TimeSpan.FromHours(1);

    /// <summary>Adds or overwrites tags; the resource may hold at most 50 afterwards (a ValidationException, not LimitExceeded).</summary>
    public void TagResource(string tableName, string arn, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (Gate)
        {
            var table = TaggedTable(tableName, arn, Now);
            var after = table.Tags.Keys.Union(tags.Select(t => t.Key), StringComparer.Ordinal).Count();
            if (after > Validation.TagValidation.MaxTags)
            {
                throw DynamoErrors.TooManyTags();
            }

            foreach (var (key, value) in tags)
            {
                table.Tags[key] = value;
            }
        }
    }

    /// <summary>Removes tags by key; absent keys are ignored. A missing table answers the bare not-found text ([DYN]).</summary>
    public void UntagResource(string tableName, IReadOnlyList<string> keys)
    {
        lock (Gate)
        {
            var now = Now;
            var table = FindTable(tableName, now) ?? throw DynamoErrors.ResourceNotFound();
            if (table.IsRestoring(now))
            {
                throw DynamoErrors.TableResourceNotFound(tableName);
            }

            foreach (var key in keys)
            {
                table.Tags.Remove(key);
            }
        }
    }

    /// <summary>A copy of the table's tags in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ListTags(string tableName, string arn)
    {
        lock (Gate)
        {
            return TaggedTable(tableName, arn, Now).Tags.ToList();
        }
    }

    public void UpdateTimeToLive(string nameOrArn, bool enabled, string attributeName)
    {
        lock (Gate)
        {
            var now = Now;
            var table = SettingsTable(nameOrArn, now);
            switch (table.StatusAt(now))
            {
                case TableStatus.Creating:
                    throw DynamoErrors.TableBeingCreated(table.Name);
                case TableStatus.Deleting:
                    throw DynamoErrors.TableBeingDeleted(table.Name);
            }

            var current = table.TimeToLiveAttribute;
            if (enabled && current == attributeName) throw DynamoErrors.TimeToLiveAlreadyEnabled();
            if (!enabled && current is null) throw DynamoErrors.TimeToLiveAlreadyDisabled();
            if (current is not null && current != attributeName) throw DynamoErrors.TimeToLiveOnDifferentAttribute(current);
            if (table.TimeToLiveChangedAt is { } changed && now < changed + TimeToLiveCooldown)
            {
                throw DynamoErrors.TimeToLiveModifiedTooOften();
            }

            CheckTableQuotas(now, createsTable: false, withIndexes: false);
            table.TimeToLivePreviousAttribute = enabled ? null : current;
            table.TimeToLiveAttribute = enabled ? attributeName : null;
            table.TimeToLiveChangedAt = now;
        }
    }

    public TimeToLiveState DescribeTimeToLive(string nameOrArn)
    {
        lock (Gate)
        {
            var now = Now;
            var table = SettingsTable(nameOrArn, now);
            switch (table.StatusAt(now))
            {
                case TableStatus.Creating:
                    throw DynamoErrors.CannotDescribeTimeToLive("CREATING");
                case TableStatus.Deleting:
                    throw DynamoErrors.CannotDescribeTimeToLive("DELETING");
            }

            var settling = table.IsTimeToLiveSettling(now, Options.TableUpdateDelay);
            return table.TimeToLiveAttribute is { } attribute
                ? new TimeToLiveState(settling ? "ENABLING" : "ENABLED", attribute)
                : settling
                    ? new TimeToLiveState("DISABLING", table.TimeToLivePreviousAttribute)
                    : new TimeToLiveState("DISABLED", null);
        }
    }

    /// <summary>The table a tag operation names: missing → the "ResourcArn" text; restoring → the table text (backup-api §9.2).</summary>
    private Table TaggedTable(string tableName, string arn, DateTimeOffset now)
    {
        var table = FindTable(tableName, now) ?? throw DynamoErrors.TaggedResourceNotFound(arn);
        return table.IsRestoring(now) ? throw DynamoErrors.TableResourceNotFound(tableName) : table;
    }
}
