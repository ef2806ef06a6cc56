namespace FakeDynamo;

/// <summary>Settings for a <see cref="FakeDynamoDBClient"/>. Validated and copied once by the client's constructor.</summary>
public sealed class FakeDynamoDBOptions
{
    /// <summary>Where the fake reads time. Default <see cref="TimeProvider.System"/>; use a <see cref="ManualTimeProvider"/> in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The 12-digit account id used in ARNs. Default <c>123456789012</c>.</summary>
    public string AccountId { get; set; } = "123456789012";

    /// <summary>The region used in ARNs. Default <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>How long a new table stays CREATING. Default zero: the next read sees ACTIVE.</summary>
    public TimeSpan TableCreateDelay { get; set; }

    /// <summary>
    /// How long UpdateTable keeps a table UPDATING. Also how long a deleted GSI shows DELETING and a TTL change shows
    /// ENABLING/DISABLING. Default zero.
    /// </summary>
    public TimeSpan TableUpdateDelay { get; set; }

    /// <summary>How long DeleteTable keeps a table DELETING before it disappears. Default zero.</summary>
    public TimeSpan TableDeleteDelay { get; set; }

    /// <summary>How long a GSI added by UpdateTable stays CREATING (backfilling). Default zero.</summary>
    public TimeSpan IndexCreateDelay { get; set; }

    /// <summary>
    /// How long after a table turns ACTIVE backups are still "being enabled": CreateBackup and
    /// UpdateContinuousBackups answer ContinuousBackupsUnavailableException during it. Default zero.
    /// </summary>
    public TimeSpan BackupsEnablingWindow { get; set; }

    /// <summary>How long a new backup stays CREATING before it is AVAILABLE. Default zero.</summary>
    public TimeSpan BackupCreateDelay { get; set; }

    /// <summary>How long a restored table stays CREATING (RestoreInProgress). Default zero.</summary>
    public TimeSpan RestoreDelay { get; set; }

    /// <summary>
    /// When <c>true</c>, a backup honours the service's documented uncertainty literally: changes committed within one
    /// minute either side of the backup's request time may or may not be in it, chosen reproducibly from <see cref="Seed"/>.
    /// Default <c>false</c>: a backup holds exactly the table at its request time.
    /// </summary>
    public bool BackupUncertaintyWindow { get; set; }

    /// <summary>Seed for generated ids (table ids, backup suffixes, request ids). <c>null</c> (default) picks a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>Account quotas. Defaults: the seed documents' values.</summary>
    public FakeDynamoDBQuotas Quotas { get; set; } = new();

    internal FakeDynamoDBOptions ValidatedCopy()
    {
        var problems = new List<string>();
        if (TimeProvider is null)
        {
            problems.Add("TimeProvider must not be null.");
        }

        if (AccountId is null || AccountId.Length != 12 || !AccountId.All(char.IsAsciiDigit))
        {
            problems.Add($"AccountId must be 12 digits (was '{AccountId}').");
        }

        if (string.IsNullOrWhiteSpace(Region) || !Region.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add($"Region must be a region name such as 'us-east-1' (was '{Region}').");
        }

        foreach (var (name, value) in new[]
                 {
                     (nameof(TableCreateDelay), TableCreateDelay), (nameof(TableUpdateDelay), TableUpdateDelay),
                     (nameof(TableDeleteDelay), TableDeleteDelay), (nameof(IndexCreateDelay), IndexCreateDelay),
                     (nameof(BackupsEnablingWindow), BackupsEnablingWindow), (nameof(BackupCreateDelay), BackupCreateDelay),
                     (nameof(RestoreDelay), RestoreDelay),
                 })
        {
            if (value < TimeSpan.Zero)
            {
                problems.Add($"{name} must not be negative (was {value}).");
            }
        }

        if (Quotas is null)
        {
            problems.Add("Quotas must not be null.");
        }
        else
        {
            if (Quotas.MaxConcurrentTableOperations < 1) problems.Add("Quotas.MaxConcurrentTableOperations must be at least 1.");
            if (Quotas.MaxCreatingTablesWithIndexes < 1) problems.Add("Quotas.MaxCreatingTablesWithIndexes must be at least 1.");
            if (Quotas.MaxTables < 1) problems.Add("Quotas.MaxTables must be at least 1.");
            if (Quotas.CreateBackupCallsPerSecond is < 1) problems.Add("Quotas.CreateBackupCallsPerSecond must be at least 1 or null.");
            if (Quotas.MaxConcurrentRestores < 1) problems.Add("Quotas.MaxConcurrentRestores must be at least 1.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid FakeDynamoDBOptions: " + string.Join(" ", problems), "options");
        }

        var copy = (FakeDynamoDBOptions)MemberwiseClone();
        copy.Quotas = Quotas!.Copy();
        return copy;
    }
}
