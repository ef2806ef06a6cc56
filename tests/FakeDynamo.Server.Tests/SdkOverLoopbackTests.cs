using System.Net;
using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>A real AmazonDynamoDBClient (SigV4, its own marshalling and error unmarshalling) against the server's socket.</summary>
public class SdkOverLoopbackTests : LoopbackServerTestBase
{
    [Test]
    public async Task CreateTable_ThenPutGetQuery_RoundTripOverTheSocket()
    {
        var created = await CreateTableAsync("Music");
        created.HttpStatusCode.ShouldBe(HttpStatusCode.OK);
        created.TableDescription.TableArn.ShouldBe("arn:aws:dynamodb:us-east-1:123456789012:table/Music");

        await Sdk.PutItemAsync("Music", Item("artist", "song-1", ("title", "One")));
        await Sdk.PutItemAsync("Music", Item("artist", "song-2", ("title", "Two")));
        await Sdk.PutItemAsync("Music", Item("other", "song-3"));

        var got = await Sdk.GetItemAsync("Music", Item("artist", "song-2"), consistentRead: true);
        got.IsItemSet.ShouldBeTrue();
        got.Item["title"].S.ShouldBe("Two");
        got.ResponseMetadata.RequestId.ShouldMatch("^[A-Z0-9]{52}$");

        var query = await Sdk.QueryAsync(new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "artist" } },
            ScanIndexForward = false,
        });
        query.Count.ShouldBe(2);
        query.Items.Select(i => i["sk"].S).ShouldBe(["song-2", "song-1"]);

        // The same fake answers in-process: the socket is only a transport.
        (await Fake.ScanAsync(new ScanRequest { TableName = "Music" })).Count.ShouldBe(3);
    }

    [Test]
    public async Task PutItem_ConditionFails_ThrowsConditionalCheckFailedExceptionExactly()
    {
        await CreateTableAsync("Music");
        await Sdk.PutItemAsync("Music", Item("a", "1", ("v", "old")));

        var exception = await Should.ThrowAsync<ConditionalCheckFailedException>(() => Sdk.PutItemAsync(new PutItemRequest
        {
            TableName = "Music",
            Item = Item("a", "1", ("v", "new")),
            ConditionExpression = "attribute_not_exists(pk)",
        }));

        exception.GetType().ShouldBe(typeof(ConditionalCheckFailedException));
        exception.ErrorCode.ShouldBe("ConditionalCheckFailedException");
        exception.Message.ShouldBe("The conditional request failed");
        exception.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        exception.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
        (await Fake.GetItemAsync("Music", Item("a", "1"))).Item["v"].S.ShouldBe("old");
    }

    [Test]
    public async Task CreateBackup_ThenListBackups_ListsIt()
    {
        await CreateTableAsync("Music");

        var backup = await Sdk.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "nightly" });
        var list = await Sdk.ListBackupsAsync(new ListBackupsRequest { TableName = "Music" });

        backup.BackupDetails.BackupArn.ShouldStartWith("arn:aws:dynamodb:us-east-1:123456789012:table/Music/backup/");
        var summary = list.BackupSummaries.ShouldHaveSingleItem();
        summary.BackupArn.ShouldBe(backup.BackupDetails.BackupArn);
        summary.BackupName.ShouldBe("nightly");
    }

    [Test]
    public async Task ExecuteStatement_NotSupported_AnswersUnknownOperationException()
    {
        // README's support matrix: ExecuteStatement (PartiQL) is not supported; the wire answers as the service does
        // for an operation it does not know.
        var exception = await Should.ThrowAsync<AmazonDynamoDBException>(
            () => Sdk.ExecuteStatementAsync(new ExecuteStatementRequest { Statement = "SELECT * FROM Music" }));

        exception.GetType().ShouldBe(typeof(AmazonDynamoDBException));
        exception.ErrorCode.ShouldBe("UnknownOperationException");
        exception.Message.ShouldBe("Unknown operation exception");
        exception.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        exception.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
    }
}
