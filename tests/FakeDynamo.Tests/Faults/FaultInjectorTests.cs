using System.Net;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Faults;

public class FaultInjectorTests : FakeDynamoTestBase
{
    private Task<CreateBackupResponse> BackupAsync(string name = "nightly") =>
        Client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = name });

    private async Task<int> BackupCountAsync() => (await Client.ListBackupsAsync(new ListBackupsRequest())).BackupSummaries.Count;

    [Test]
    public async Task FailNext_Default_ThrowsInternalServerErrorOnceThenWorks()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("CreateBackup");

        await ShouldFailAsync<InternalServerErrorException>(() => BackupAsync(), "InternalServerError", "Internal server error", HttpStatusCode.InternalServerError);
        (await BackupCountAsync()).ShouldBe(0);

        (await BackupAsync()).BackupDetails.BackupStatus.ShouldBe(BackupStatus.CREATING);
        (await BackupCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task FailNext_Count_FailsThatManyCalls()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("CreateBackup", 2);

        await Should.ThrowAsync<InternalServerErrorException>(() => BackupAsync());
        await Should.ThrowAsync<InternalServerErrorException>(() => BackupAsync());
        await BackupAsync();

        (await BackupCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task FailNext_OtherOperation_IsNotAffected()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("DeleteBackup");

        await BackupAsync();

        (await BackupCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task FailNext_PutItem_LeavesTheStoreUnchanged()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "1", ("v", new AttributeValue { S = "old" }));
        Fake.Faults.FailNext("PutItem");

        await Should.ThrowAsync<InternalServerErrorException>(() => PutAsync("Music", "a", "1", ("v", new AttributeValue { S = "new" })));

        var item = (await Client.GetItemAsync("Music", Key("a", "1"))).Item;
        item["v"].S.ShouldBe("old");
        (await Client.DescribeTableAsync("Music")).Table.ItemCount.ShouldBe(1);
    }

    [Test]
    public async Task FailNext_RestoreTableFromBackup_CreatesNoTable()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupDetails.BackupArn;
        Fake.Faults.FailNext("RestoreTableFromBackup");

        await Should.ThrowAsync<InternalServerErrorException>(() =>
            Client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = arn, TargetTableName = "Restored" }));

        (await Client.ListTablesAsync()).TableNames.ShouldBe(["Music"]);
    }

    [Test]
    public async Task FailNext_DeclaredErrorCode_IsTypedForTheOperation()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("CreateBackup", "BackupInUseException", "Backup is busy");

        await ShouldFailAsync<BackupInUseException>(() => BackupAsync(), "BackupInUseException", "Backup is busy");
        (await BackupCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task FailNext_UndeclaredErrorCode_IsAPlainDynamoDbException()
    {
        Fake.Faults.FailNext("ListBackups", "BackupInUseException", "Backup is busy");

        await ShouldFailAsync<AmazonDynamoDBException>(() => Client.ListBackupsAsync(new ListBackupsRequest()), "BackupInUseException", "Backup is busy");
    }

    [Test]
    public async Task FailNext_SdkExceptionFactory_ThrowsItWithARequestId()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("CreateBackup", 1, () => new LimitExceededException("custom"));

        var exception = await Should.ThrowAsync<LimitExceededException>(() => BackupAsync());

        exception.Message.ShouldBe("custom");
        exception.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
        (await BackupCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task FailWhen_Predicate_FailsMatchingCallsUntilCleared()
    {
        await CreateTableAsync();
        Fake.Faults.FailWhen(r => r is CreateBackupRequest { BackupName: "doomed" });

        await Should.ThrowAsync<InternalServerErrorException>(() => BackupAsync("doomed"));
        await Should.ThrowAsync<InternalServerErrorException>(() => BackupAsync("doomed"));
        await BackupAsync("fine");
        (await BackupCountAsync()).ShouldBe(1);

        Fake.Faults.Clear();
        await BackupAsync("doomed");
        (await BackupCountAsync()).ShouldBe(2);
    }

    [Test]
    public void FailNext_UnknownOperation_ThrowsArgumentException()
    {
        Should.Throw<ArgumentException>(() => Fake.Faults.FailNext("CreateBackups"));
    }

    [Test]
    public void FailNext_ZeroCount_ThrowsArgumentOutOfRange()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Fake.Faults.FailNext("CreateBackup", 0));
    }
}
