namespace FakeDynamo.Tests.Backups;

public class ListBackupsTests : BackupTestBase
{
    private const string Prefix = "1 validation error detected: ";

    [Test]
    public async Task ListBackups_None_ReturnsEmptyListWithoutCursor()
    {
        var response = await Client.ListBackupsAsync(new ListBackupsRequest());

        response.BackupSummaries.ShouldNotBeNull();
        response.BackupSummaries.ShouldBeEmpty();
        response.LastEvaluatedBackupArn.ShouldBeNull();
    }

    [Test]
    public async Task ListBackups_Summaries_CarryTableIdentityAndBackupFields()
    {
        var table = await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var created = await BackupAsync();

        var summary = (await ListAllAsync()).ShouldHaveSingleItem();

        summary.TableName.ShouldBe("Music");
        summary.TableId.ShouldBe(table.TableId);
        summary.TableArn.ShouldBe(table.TableArn);
        summary.BackupArn.ShouldBe(created.BackupArn);
        summary.BackupName.ShouldBe("nightly");
        summary.BackupCreationDateTime.ShouldBe(created.BackupCreationDateTime);
        summary.BackupExpiryDateTime.ShouldBeNull();
        summary.BackupStatus.ShouldBe(BackupStatus.AVAILABLE);
        summary.BackupType.ShouldBe(BackupType.USER);
        summary.BackupSizeBytes.ShouldBe(16);
    }

    [Test]
    public async Task ListBackups_ByTableNameOrArn_FiltersAndOrdersByCreationTime()
    {
        await CreateTableAsync("Music");
        await CreateTableAsync("Films");
        var m1 = await BackupAsync("Music", "mm1");
        Clock.Advance(TimeSpan.FromSeconds(1));
        await BackupAsync("Films", "ff1");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var m2 = await BackupAsync("Music", "mm2");

        (await ListAllAsync(new ListBackupsRequest { TableName = "Music" })).Select(b => b.BackupArn).ShouldBe([m1.BackupArn, m2.BackupArn]);
        (await ListAllAsync(new ListBackupsRequest { TableName = Arn123 + "table/Music" })).Count.ShouldBe(2);
        (await ListAllAsync()).Select(b => b.BackupName).ShouldBe(["mm1", "ff1", "mm2"]);
        (await ListAllAsync(new ListBackupsRequest { TableName = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music" })).ShouldBeEmpty();
    }

    [Test]
    public async Task ListBackups_DeletedTable_StillListsItsBackupsAcrossIncarnations()
    {
        var first = await CreateTableAsync();
        await BackupAsync();
        await Client.DeleteTableAsync("Music");
        (await ListAllAsync(new ListBackupsRequest { TableName = "Music" })).ShouldHaveSingleItem().TableId.ShouldBe(first.TableId);

        var second = await CreateTableAsync();
        await BackupAsync();

        (await ListAllAsync(new ListBackupsRequest { TableName = "Music" })).Select(b => b.TableId).ShouldBe([first.TableId, second.TableId]);
        (await ListAllAsync(new ListBackupsRequest { TableName = "NeverExisted" })).ShouldBeEmpty();
    }

    [Test]
    public async Task ListBackups_TimeRange_LowerInclusiveUpperExclusiveToTheMillisecond()
    {
        await CreateTableAsync();
        var a = await BackupAsync("Music", "aaa");
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var b = await BackupAsync("Music", "bbb");
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var c = await BackupAsync("Music", "ccc");
        var lower = Start.AddMilliseconds(1).UtcDateTime;
        var upper = Start.AddMilliseconds(2).UtcDateTime;

        (await ListAllAsync(new ListBackupsRequest { TimeRangeLowerBound = lower, TimeRangeUpperBound = upper })).Select(s => s.BackupName).ShouldBe(["bbb"]);
        (await ListAllAsync(new ListBackupsRequest { TimeRangeLowerBound = lower })).Select(s => s.BackupName).ShouldBe(["bbb", "ccc"]);
        (await ListAllAsync(new ListBackupsRequest { TimeRangeUpperBound = upper })).Select(s => s.BackupName).ShouldBe(["aaa", "bbb"]);
        (await ListAllAsync(new ListBackupsRequest { TimeRangeLowerBound = upper, TimeRangeUpperBound = upper })).ShouldBeEmpty();
        a.BackupName.ShouldBe("aaa");
        c.BackupName.ShouldBe("ccc");
        b.BackupName.ShouldBe("bbb");
    }

    [Test]
    public async Task ListBackups_Paging_VisitsEachBackupOnceInOrder()
    {
        await CreateTableAsync();
        var arns = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            arns.Add((await BackupAsync("Music", $"bk{i}")).BackupArn);
            if (i % 2 == 0) Clock.Advance(TimeSpan.FromMilliseconds(1)); // some share a millisecond
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Client.ListBackupsAsync(new ListBackupsRequest { Limit = 3, ExclusiveStartBackupArn = cursor });
            page.BackupSummaries.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(page.BackupSummaries.Select(s => s.BackupArn));
            cursor = page.LastEvaluatedBackupArn;
            pages++;
        }
        while (cursor is not null);

        seen.ShouldBe(arns.OrderBy(a => a[^23..^9], StringComparer.Ordinal).ThenBy(a => a, StringComparer.Ordinal).ToList());
        seen.Distinct().Count().ShouldBe(7);
        pages.ShouldBe(3);
    }

    [Test]
    public async Task ListBackups_ExactlyLimitMatches_ReturnsNoCursor()
    {
        await CreateTableAsync();
        await BackupAsync();
        await BackupAsync();

        var page = await Client.ListBackupsAsync(new ListBackupsRequest { Limit = 2 });

        page.BackupSummaries.Count.ShouldBe(2);
        page.LastEvaluatedBackupArn.ShouldBeNull();
    }

    [Test]
    public async Task ListBackups_CursorOfDeletedBackup_ResumesAtItsPosition()
    {
        await CreateTableAsync();
        await BackupAsync("Music", "aaa");
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var b = await BackupAsync("Music", "bbb");
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        await BackupAsync("Music", "ccc");
        await Client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = b.BackupArn });

        (await ListAllAsync(new ListBackupsRequest { ExclusiveStartBackupArn = b.BackupArn })).Select(s => s.BackupName).ShouldBe(["ccc"]);
    }

    [TestCase("SYSTEM", 0, TestName = "ListBackups_TypeSystem_ListsNoUserBackups")]
    [TestCase("ALL", 1, TestName = "ListBackups_TypeAll_ListsUserBackups")]
    [TestCase("USER", 1, TestName = "ListBackups_TypeUser_ListsUserBackups")]
    // The SDK interns known values case-insensitively (backup-api §1): "user" goes out as USER. The wire spelling "user" is rejected (Validation/WireEnumCaseTests).
    [TestCase("user", 1, TestName = "ListBackups_TypeLowerCase_IsSentAsUserBySdk")]
    [TestCase("AWS_BACKUP", 0, TestName = "ListBackups_TypeAwsBackup_ListsNothing")]
    public async Task ListBackups_BackupType_Filters(string type, int expected)
    {
        await CreateTableAsync();
        await BackupAsync();

        (await ListAllAsync(new ListBackupsRequest { BackupType = new BackupTypeFilter(type) })).Count.ShouldBe(expected);
    }

    [TestCase(0, Prefix + "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1", TestName = "ListBackups_LimitZero_ThrowsValidation")]
    [TestCase(101, Prefix + "Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100", TestName = "ListBackups_Limit101_ThrowsValidation")]
    public async Task ListBackups_LimitOutOfRange_ThrowsValidation(int limit, string message)
    {
        await ShouldFailValidationAsync(() => Client.ListBackupsAsync(new ListBackupsRequest { Limit = limit }), message);
    }

    [Test]
    public async Task ListBackups_UnknownType_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => Client.ListBackupsAsync(new ListBackupsRequest { BackupType = new BackupTypeFilter("BOGUS") }),
            Prefix + "Value 'BOGUS' at 'backupType' failed to satisfy constraint: Member must satisfy enum value set: [USER, SYSTEM, AWS_BACKUP, ALL]");
    }

    [Test]
    public async Task ListBackups_LowerAfterUpper_ThrowsValidation()
    {
        await ShouldFailValidationAsync(
            () => Client.ListBackupsAsync(new ListBackupsRequest { TimeRangeLowerBound = Start.AddMilliseconds(1).UtcDateTime, TimeRangeUpperBound = Start.UtcDateTime }),
            "One or more parameter values were invalid: Time range lower bound must be less than or equal to upper bound");
    }

    [Test]
    public async Task ListBackups_CursorFromAnotherRegion_ThrowsValidation()
    {
        await ShouldFailValidationAsync(
            () => Client.ListBackupsAsync(new ListBackupsRequest { ExclusiveStartBackupArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music/backup/01489173575360-b308cd7d" }),
            "Invalid Request: The supplied ExclusiveStartBackupArn does not match the region");
    }

    [Test]
    public async Task ListBackups_ShortCursor_ThrowsLengthValidation()
    {
        await ShouldFailValidationAsync(() => Client.ListBackupsAsync(new ListBackupsRequest { ExclusiveStartBackupArn = "arn:short" }),
            Prefix + "Value 'arn:short' at 'exclusiveStartBackupArn' failed to satisfy constraint: Member must have length greater than or equal to 37");
    }

    [Test]
    public async Task ListBackups_LimitAndTypeInvalid_ReportsBothTogether()
    {
        await ShouldFailValidationAsync(
            () => Client.ListBackupsAsync(new ListBackupsRequest { Limit = 0, BackupType = new BackupTypeFilter("BOGUS") }),
            "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
            "Value 'BOGUS' at 'backupType' failed to satisfy constraint: Member must satisfy enum value set: [USER, SYSTEM, AWS_BACKUP, ALL]");
    }
}
