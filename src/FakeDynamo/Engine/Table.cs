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

    /// <summary>
    /// After RecoveryPeriodInDays was lengthened, the oldest instant still recoverable (the window refills from there
    /// rather than jumping back over history the shorter period had given up, backup-api §11); null otherwise.
    /// </summary>
    public DateTimeOffset? PitrWindowFloor { get; set; }

    /// <summary>The store sequence at the last history trim (retention runs every Account.TrimInterval changes).</summary>
    public long TrimmedAtSequence { get; set; }

    /// <summary>Set on tables made by a restore.</summary>
    public RestoreInfo? Restore { get; set; }

    /// <summary>TTL attribute while a disable is settling (DISABLING), so DescribeTimeToLive can name it.</summary>
    public string? TimeToLivePreviousAttribute { get; set; }

    /// <summary>When billing last switched to PAY_PER_REQUEST (BillingModeSummary); null: creation time, if on-demand.</summary>
    public DateTimeOffset? PayPerRequestSince { get; set; }

    /// <summary>When the current stream was enabled (LatestStreamLabel); null: creation time.</summary>
    public DateTimeOffset? StreamEnabledAt { get; set; }

    /// <summary>When provisioned throughput was last increased (ProvisionedThroughputDescription.LastIncreaseDateTime).</summary>
    public DateTimeOffset? LastIncreaseAt { get; set; }

    /// <summary>Every provisioned throughput decrease (for LastDecreaseDateTime and NumberOfDecreasesToday).</summary>
    public List<DateTimeOffset> Decreases { get; } = [];

    /// <summary>GSIs removed by UpdateTable, shown as DELETING until the instant given.</summary>
    public List<(IndexDefinition Index, DateTimeOffset GoneAt)> DeletingIndexes { get; } = [];

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

    /// <summary>
    /// Whether a table operation on this table is in progress (account quota, backup-api §12): the table is CREATING,
    /// UPDATING or DELETING, a GSI is still backfilling or being deleted, or its last TTL change is within
    /// <paramref name="ttlSettling"/> (the fake's choice for UpdateTimeToLive, which has no status of its own: it counts
    /// while DescribeTimeToLive shows ENABLING/DISABLING).
    /// </summary>
    public bool IsOperationInProgress(DateTimeOffset now, TimeSpan ttlSettling = default) =>
        StatusAt(now) != TableStatus.Active
        || IndexActiveAt.Values.Any(at => now < at)
        || DeletingIndexes.Any(d => now < d.GoneAt)
        || IsTimeToLiveSettling(now, ttlSettling);

    /// <summary>Whether the last TTL change is still settling (ENABLING/DISABLING).</summary>
    public bool IsTimeToLiveSettling(DateTimeOffset now, TimeSpan settling) =>
        TimeToLiveChangedAt is { } changed && now < changed + settling;

    /// <summary>Whether a GSI is being created (backfilling) or deleted: the one-online-index-at-a-time rule.</summary>
    public bool IsIndexChangeInProgress(DateTimeOffset now) =>
        IndexActiveAt.Values.Any(at => now < at) || DeletingIndexes.Any(d => now < d.GoneAt);

    /// <summary>Whether a restore into this table is still running (backup-api §9.2).</summary>
    public bool IsRestoring(DateTimeOffset now) => Restore is not null && Restore.InProgress(this, now);

    public bool IsIndexActive(string indexName, DateTimeOffset now) =>
        !IndexActiveAt.TryGetValue(indexName, out var at) || now >= at;
}

/// <summary>Where a restored table came from (RestoreSummary).</summary>
internal sealed record RestoreInfo(string? SourceBackupArn, string? SourceTableArn, DateTimeOffset RestoreDateTime)
{
    /// <summary>A restore is in progress while its table is CREATING.</summary>
    public bool InProgress(Table table, DateTimeOffset now) => table.StatusAt(now) == TableStatus.Creating;
}
