namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>TableName given as an ARN to the PITR operations (backup-api §2.2, §11).</summary>
public class ContinuousBackupsArnTests : PitrTestBase
{
    [TestCase("arn:aws:dynamodb:xx-nowhere-1:123456789012:table/Music", "AWS region")]
    [TestCase("arn:nope:dynamodb:us-east-1:123456789012:table/Music", "AWS partition")]
    [TestCase("arn:aws:dynamodb:us-east-1:123456789012:stream/Music", "resource type")]
    public async Task DescribeContinuousBackups_UnparsableArn_ThrowsValidation(string arn, string part)
    {
        await ShouldFailValidationAsync(() => DescribePitrAsync(arn), $"1 validation error detected: Invalid {part} in '{arn}'");
    }

    [Test]
    public async Task UpdateContinuousBackups_ArnOfUnknownRegion_ThrowsValidation()
    {
        const string arn = "arn:aws:dynamodb:xx-nowhere-1:123456789012:table/Music";
        await ShouldFailValidationAsync(() => SetPitrAsync(arn, true), $"1 validation error detected: Invalid AWS region in '{arn}'");
    }

    [Test]
    public async Task DescribeContinuousBackups_ArnOfAnotherKnownRegion_ThrowsTableNotFound()
    {
        await CreateTableAsync();
        const string arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music";
        await ShouldFailAsync<TableNotFoundException>(() => DescribePitrAsync(arn), "TableNotFoundException", $"Table not found: {arn}");
    }

    [Test]
    public async Task DescribeContinuousBackups_OwnArn_Works()
    {
        await CreatePitrTableAsync();
        (await DescribePitrAsync(Arn123 + "table/Music")).PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
    }
}
