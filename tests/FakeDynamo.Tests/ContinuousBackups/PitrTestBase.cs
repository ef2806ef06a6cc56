using FakeDynamo.Tests.Backups;

namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>Helpers for point-in-time recovery fixtures: the PITR switch, restores and table reads.</summary>
public abstract class PitrTestBase : BackupTestBase
{
    protected Task<UpdateContinuousBackupsResponse> SetPitrAsync(string table, bool enabled, int? days = null) =>
        Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = enabled, RecoveryPeriodInDays = days },
        });

    protected async Task<PointInTimeRecoveryDescription> DescribePitrAsync(string table = "Music") =>
        (await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = table }))
        .ContinuousBackupsDescription.PointInTimeRecoveryDescription;

    /// <summary>A table "Music" with PITR enabled at the clock's start.</summary>
    protected async Task CreatePitrTableAsync(string name = "Music")
    {
        await CreateTableAsync(name);
        await SetPitrAsync(name, true);
    }

    protected async Task<TableDescription> RestoreToAsync(DateTimeOffset at, string target = "Restored", string source = "Music") =>
        (await Client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableName = source,
            TargetTableName = target,
            RestoreDateTime = at.UtcDateTime,
        })).TableDescription;

    protected async Task<TableDescription> RestoreLatestAsync(string target = "Restored", string source = "Music") =>
        (await Client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableName = source,
            TargetTableName = target,
            UseLatestRestorableTime = true,
        })).TableDescription;

    /// <summary>Every item of a table as "pk/sk=title" lines, sorted (a whole-table comparison).</summary>
    /// <remarks>Read through the engine: Scan belongs to the data-plane work still in progress.</remarks>
    protected List<string> Content(string table)
    {
        var account = Account;
        lock (account.Gate)
        {
            return account.FindTable(table, Clock.GetUtcNow())!.Store.Current.All()
                .Select(i => $"{i["pk"]!.S}/{i["sk"]!.S}={i["title"]?.S}")
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>The source table's retained change records.</summary>
    protected int ChangeCount(string table = "Music")
    {
        var account = Account;
        lock (account.Gate)
        {
            return account.FindTable(table, Clock.GetUtcNow())!.Store.ChangeCount;
        }
    }

    protected async Task<List<string>> TableNamesAsync() => (await Client.ListTablesAsync()).TableNames;
}
