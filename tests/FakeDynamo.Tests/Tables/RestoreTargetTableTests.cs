using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Mapping;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>
/// How the table control plane treats a restore target that is still CREATING (backup-api §9.2), driven at engine
/// level: restores themselves belong to the backups family.
/// </summary>
public class RestoreTargetTableTests
{
    private ManualTimeProvider _clock = null!;
    private Account _account = null!;

    [SetUp]
    public void CreateAccount()
    {
        _clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        _account = new Account(new FakeDynamoDBOptions { TimeProvider = _clock, Seed = 1, TableCreateDelay = TimeSpan.FromSeconds(60) }.ValidatedCopy());
        var table = _account.CreateTable("Music", CreateTableMapper.ToSchema(Provisioned()), null);
        table.Restore = new RestoreInfo("arn:aws:dynamodb:us-east-1:123456789012:table/Old/backup/01489173575360-b308cd7d", null, _clock.GetUtcNow());
    }

    [Test]
    public void CreateTable_NameBeingRestored_ThrowsTableBeingUsed()
    {
        var error = Should.Throw<ServiceError>(() => _account.CreateTable("Music", CreateTableMapper.ToSchema(Provisioned()), null));

        error.Code.ShouldBe("ResourceInUseException");
        error.Message.ShouldBe("Table is being used: Music");
    }

    [Test]
    public void SettingsOperations_WhileRestoring_ThrowTableNotFoundText()
    {
        Should.Throw<ServiceError>(() => _account.DescribeTimeToLive("Music")).Message.ShouldBe("Requested resource not found: Table: Music not found");
        Should.Throw<ServiceError>(() => _account.UpdateTimeToLive("Music", true, "exp")).Message.ShouldBe("Requested resource not found: Table: Music not found");
        Should.Throw<ServiceError>(() => _account.ListTags("Music", Arn + "Music")).Message.ShouldBe("Requested resource not found: Table: Music not found");
        Should.Throw<ServiceError>(() => _account.UpdateTable("Music", UpdateTableMapper.ToUpdate(new UpdateTableRequest { TableName = "Music", DeletionProtectionEnabled = true })))
            .Message.ShouldBe("Requested resource not found: Table: Music not found");
        _account.DescribeTable("Music").Name.ShouldBe("Music");
    }

    [Test]
    public void SettingsOperations_RestoreFinished_Work()
    {
        _clock.Advance(TimeSpan.FromSeconds(60));

        _account.DescribeTimeToLive("Music").Status.ShouldBe("DISABLED");
        _account.ListTags("Music", Arn + "Music").ShouldBeEmpty();
    }
}
