using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// One incarnation of a table: identity, schema, lifecycle timestamps, settings and its <see cref="ItemStore"/>.
/// Status is computed from the timestamps whenever it is read, so a manual clock sees every transition. Mutable
/// members change only under the account's gate.
/// </summary>
internal sealed class Table
{
    public Table(string name, string arn, Guid id, DateTimeOffset createdAt, DateTimeOffset activeAt, TableSchema schema, ItemStore store)
    {
        Name = name;
        Arn = arn;
        Id = id;
        CreatedAt = createdAt;
        ActiveAt = activeAt;
        Schema = schema;
        Store = store;
    }

    public string Name { get; }

    public string Arn { get; }

    public Guid Id { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When CREATING ends.</summary>
    public DateTimeOffset ActiveAt { get; }

    public TableSchema Schema { get; set; }

    public ItemStore Store { get; }

    /// <summary>When the current UPDATING phase ends (null when never updated).</summary>
    public DateTimeOffset? UpdateEndsAt { get; set; }

    /// <summary>When DeleteTable was accepted.</summary>
    public DateTimeOffset? DeleteRequestedAt { get; set; }

    /// <summary>When the DELETING table disappears.</summary>
    public DateTimeOffset? GoneAt { get; set; }

    /// <summary>GSIs added by UpdateTable: when each one's backfill ends.</summary>
    public Dictionary<string, DateTimeOffset> IndexActiveAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Tags (key → value), in insertion order.</summary>
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>TTL attribute when TTL is enabled; null when disabled.</summary>
    public string? TimeToLiveAttribute { get; set; }

    /// <summary>When TTL settings last changed (the service allows one change per hour).</summary>
    public DateTimeOffset? TimeToLiveChangedAt { get; set; }

    /// <summary>Point-in-time recovery: when it was (last) enabled; null when disabled.</summary>
    public DateTimeOffset? PitrEnabledAt { get; set; }

    /// <summary>RecoveryPeriodInDays while PITR is enabled.</summary>
    public int PitrRecoveryPeriodDays { get; set; } = 35;

    /// <summary>Set on tables made by a restore.</summary>
    public RestoreInfo? Restore { get; set; }

    public bool IsGone(DateTimeOffset now) => GoneAt is { } gone && now >= gone;

    public TableStatus StatusAt(DateTimeOffset now)
    {
        if (DeleteRequestedAt is not null)
        {
            return TableStatus.Deleting;
        }

        if (now < ActiveAt)
        {
            return TableStatus.Creating;
        }

        return UpdateEndsAt is { } ends && now < ends ? TableStatus.Updating : TableStatus.Active;
    }

    /// <summary>Whether the table is in a transitional state that counts as a table operation in progress.</summary>
    public bool IsOperationInProgress(DateTimeOffset now) => StatusAt(now) != TableStatus.Active;

    public bool IsIndexActive(string indexName, DateTimeOffset now) =>
        !IndexActiveAt.TryGetValue(indexName, out var at) || now >= at;
}

/// <summary>Where a restored table came from (RestoreSummary).</summary>
internal sealed record RestoreInfo(string? SourceBackupArn, string? SourceTableArn, DateTimeOffset RestoreDateTime)
{
    /// <summary>A restore is in progress while its table is CREATING.</summary>
    public bool InProgress(Table table, DateTimeOffset now) => table.StatusAt(now) == TableStatus.Creating;
}
