namespace FakeDynamo.Tests.Backups;

public class CreateBackupValidationTests : BackupTestBase
{
    private const string Prefix = "1 validation error detected: ";

    [TestCase("", "2 validation errors detected: Value '' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3", TestName = "CreateBackup_EmptyBackupName_ReportsPatternThenLength")]
    [TestCase("ab", Prefix + "Value 'ab' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3", TestName = "CreateBackup_ShortBackupName_ReportsLength")]
    [TestCase("bad name!", Prefix + "Value 'bad name!' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", TestName = "CreateBackup_BadCharacters_ReportsPattern")]
    public async Task CreateBackup_InvalidBackupName_ThrowsValidation(string name, string message)
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => BackupAsync("Music", name), message);
        (await ListAllAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task CreateBackup_LongBackupName_ReportsLength()
    {
        var name = new string('a', 256);
        await ShouldFailValidationAsync(() => BackupAsync("Music", name),
            Prefix + $"Value '{name}' at 'backupName' failed to satisfy constraint: Member must have length less than or equal to 255");
    }

    [Test]
    public async Task CreateBackup_NullMembers_ReportsBothTogether()
    {
        await ShouldFailValidationAsync(
            () => Client.CreateBackupAsync(new CreateBackupRequest()),
            "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'backupName' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task CreateBackup_EmptyTableNameAndBadBackupName_ReportsAllTogether()
    {
        await ShouldFailValidationAsync(
            () => BackupAsync(string.Empty, "ab"),
            "2 validation errors detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
            "Value 'ab' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    }

    [Test]
    public async Task CreateBackup_TableNameOver1024_ReportsLength()
    {
        var name = new string('t', 1025);
        await ShouldFailValidationAsync(() => BackupAsync(name),
            Prefix + $"Value '{name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 1024");
    }

    [Test]
    public async Task CreateBackup_ValidationBeforeExistence_ReportsValidation()
    {
        // Shape validation runs before existence checks (backup-api §2.1).
        await ShouldFailValidationAsync(() => BackupAsync("Missing", "x"),
            Prefix + "Value 'x' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3");
    }
}
