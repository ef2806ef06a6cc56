using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Backups;

/// <summary>Helpers shared by the backup fixtures: the start instant, backups and item reads.</summary>
public abstract class BackupTestBase : FakeDynamoTestBase
{
    /// <summary>The manual clock's start (FakeDynamoTestBase).</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    protected const string Arn123 = "arn:aws:dynamodb:us-east-1:123456789012:";

    protected async Task<BackupDetails> BackupAsync(string table = "Music", string name = "nightly") =>
        (await Client.CreateBackupAsync(new CreateBackupRequest { TableName = table, BackupName = name })).BackupDetails;

    protected async Task<TableDescription> RestoreAsync(string backupArn, string target = "Restored") =>
        (await Client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = backupArn, TargetTableName = target })).TableDescription;

    protected async Task<string?> ReadTitleAsync(string table, string pk, string sk)
    {
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = table, Key = Key(pk, sk) });
        return response.Item is { Count: > 0 } item ? item["title"].S : null;
    }

    protected Task PutTitleAsync(string table, string pk, string sk, string title) =>
        PutAsync(table, pk, sk, ("title", new AttributeValue { S = title }));

    /// <summary>The engine behind the client (for states no public operation can reach yet).</summary>
    internal Engine.Account Account =>
        (Engine.Account)typeof(FakeDynamoDBClient).GetField("_account", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(Fake)!;

    protected async Task<List<BackupSummary>> ListAllAsync(ListBackupsRequest? request = null) =>
        (await Client.ListBackupsAsync(request ?? new ListBackupsRequest())).BackupSummaries;
}
