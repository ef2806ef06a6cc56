using FakeDynamo.Backups;

namespace FakeDynamo.Tests.Backups;

public class BackupArnTests
{
    [Test]
    public void Format_PadsMillisecondsTo14Digits()
    {
        var arn = BackupArn.Format("arn:aws:dynamodb:us-east-1:123456789012:", "Music", DateTimeOffset.FromUnixTimeMilliseconds(1489173575360), "b308cd7d");

        arn.ShouldBe("arn:aws:dynamodb:us-east-1:123456789012:table/Music/backup/01489173575360-b308cd7d");
    }

    [Test]
    public void Parse_WellFormed_GivesItsParts()
    {
        var arn = BackupArn.Parse("arn:aws:dynamodb:eu-west-1:123456789012:table/Music/backup/01489173575360-00000000", "us-east-1");

        arn.Region.ShouldBe("eu-west-1");
        arn.AccountId.ShouldBe("123456789012");
        arn.TableName.ShouldBe("Music");
        arn.CreationMilliseconds.ShouldBe(1489173575360);
        arn.Suffix.ShouldBe(BackupArn.SystemSuffix);
    }

    [Test]
    public void Parse_OwnCustomRegion_IsKnown()
    {
        BackupArn.Parse("arn:aws:dynamodb:local-1:123456789012:table/Music/backup/01489173575360-b308cd7d", "local-1").Region.ShouldBe("local-1");
    }
}
