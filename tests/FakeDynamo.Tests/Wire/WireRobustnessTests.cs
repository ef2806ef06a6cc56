using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using FakeDynamo.Wire;

namespace FakeDynamo.Tests.Wire;

/// <summary>
/// Input the service would refuse, and failures inside the fake: always a JSON error with a request id, never a
/// body-less 500 or a raw .NET exception (apart from transport-like faults, which stay network failures).
/// </summary>
public sealed class WireRobustnessTests : WireTestBase
{
    private const string Coral = "com.amazon.coral.service#";
    private const string Dynamo = "com.amazonaws.dynamodb.v20120810#";

    [TestCase("""{"TableName":"t","Item":{"pk":{"SS":["a",null]}}}""")]
    [TestCase("""{"TableName":"t","Item":{"pk":{"L":[null]}}}""")]
    [TestCase("""{"TableName":"t","Item":{"pk":null}}""")]
    [TestCase("""{"TableName":"t","Item":{"pk":{"S":"a"}},"ExpressionAttributeNames":{"#a":null}}""")]
    public async Task PutItem_NullInsideListOrMap_AnswersSerializationException(string body)
    {
        var answer = await CallAsync("PutItem", body);
        ShouldBeError(answer, Coral + "SerializationException", "Unexpected null value in a list or map", "Message");
    }

    [Test]
    public async Task AnyCall_NullBody_IsAnEmptyRequest()
    {
        var answer = await CallAsync("ListTables", "null");
        answer.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task DescribeTable_LoneSurrogateEscape_AnswersSerializationExceptionWithoutMessage()
    {
        var answer = await CallAsync("DescribeTable", """{"TableName":"\ud800"}""");
        ShouldBeError(answer, Coral + "SerializationException", message: null);
    }

    [TestCase("1e300")]
    [TestCase("-1e15")]
    public async Task ListBackups_TimestampOutOfRange_AnswersSerializationException(string seconds)
    {
        var answer = await CallAsync("ListBackups", $$"""{"TimeRangeLowerBound":{{seconds}}}""");
        ShouldBeError(answer, Coral + "SerializationException", "NUMBER_VALUE cannot be converted to Date", "Message");
    }

    [TestCase("99999999999")]
    [TestCase("-3e9")]
    public async Task ListTables_LimitOutOfIntRange_AnswersSerializationException(string limit)
    {
        var answer = await CallAsync("ListTables", $$"""{"Limit":{{limit}}}""");
        ShouldBeError(answer, Coral + "SerializationException", $"Numeric value ({limit}) out of range of int", "Message");
    }

    [Test]
    public void Read_LongBeyondDoublePrecision_IsExact()
    {
        using var json = JsonDocument.Parse("""{"ProvisionedThroughput":{"ReadCapacityUnits":9007199254740993,"WriteCapacityUnits":5.9}}""");

        var request = (CreateTableRequest)ModelReader.Read(json.RootElement, ModelShape.For(typeof(CreateTableRequest)));

        request.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(9007199254740993L);
        request.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(5L, "a fraction is floored");
    }

    [TestCase("AB==", "'AB==' can not be converted to a Blob: Invalid last non-pad Base64 character dectected")]
    [TestCase("AA=A", "'AA=A' can not be converted to a Blob: Invalid Base64 character: '='")]
    [TestCase("=AAA", "'=AAA' can not be converted to a Blob: Invalid Base64 character: '='")]
    [TestCase("AA-_", "'AA-_' can not be converted to a Blob: Invalid Base64 character: '-'")]
    public async Task GetItem_NonCanonicalBase64_AnswersSerializationException(string blob, string message)
    {
        var answer = await CallAsync("GetItem", "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"B\":\"" + blob + "\"}}}");
        ShouldBeError(answer, Coral + "SerializationException", message, "Message");
    }

    [Test]
    public async Task AnyCall_InjectedSdkExceptionWithoutCode_GoesOutWithTheServiceCodeAndStatus()
    {
        Fake.Faults.FailNext("ListTables", error: () => new InternalServerErrorException("boom"));
        Fake.Faults.FailNext("DescribeLimits", error: () => new RequestLimitExceededException("slow down"));

        ShouldBeError(await CallAsync("ListTables", "{}"), Dynamo + "InternalServerError", "boom", status: HttpStatusCode.InternalServerError);
        ShouldBeError(await CallAsync("DescribeLimits", "{}"), Dynamo + "RequestLimitExceeded", "slow down");
    }

    [Test]
    public async Task AnyCall_InjectedNonAwsException_Answers500NamingIt()
    {
        Fake.Faults.FailNext("ListTables", error: () => new InvalidOperationException("bang"));

        var answer = await CallAsync("ListTables", "{}");

        ShouldBeError(answer, Dynamo + "InternalServerError", "Internal server error (FakeDynamo: InvalidOperationException: bang)", status: HttpStatusCode.InternalServerError);
    }

    [Test]
    public async Task AnyCall_InjectedTransportFailure_PropagatesAsANetworkFailure()
    {
        Fake.Faults.FailNext("ListTables", error: () => new HttpRequestException("cable cut"));

        await Should.ThrowAsync<HttpRequestException>(() => CallAsync("ListTables", "{}"));
    }

    [Test]
    public async Task UpdateTable_FeatureFakeDynamoLacks_NamesTheFeature()
    {
        await CreateTableAsync();

        var answer = await CallAsync("UpdateTable", """{"TableName":"Music","ReplicaUpdates":[{"Create":{"RegionName":"us-west-2"}}]}""");

        ShouldBeError(answer, Coral + "UnknownOperationException",
            "FakeDynamo does not support UpdateTable with global table settings. See the support matrix in the README.");
    }

    [Test]
    public void Clone_Timestamp_KeepsItsKind()
    {
        var original = new ListBackupsRequest { TimeRangeLowerBound = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) };

        var copy = (ListBackupsRequest)ModelCloner.Clone(original, ModelShape.For(typeof(ListBackupsRequest)));

        copy.ShouldNotBeSameAs(original);
        copy.TimeRangeLowerBound!.Value.Kind.ShouldBe(DateTimeKind.Unspecified);
        copy.TimeRangeLowerBound.Value.ShouldBe(original.TimeRangeLowerBound.Value);
    }

    [Test]
    public async Task SdkClient_InjectedInternalServerErrorException_IsTypedAfterTheWire()
    {
        Fake.Faults.FailNext("ListTables", error: () => new InternalServerErrorException("boom"));
        using var sdk = Fake.CreateSdkClient(c => c.MaxErrorRetry = 0);

        var exception = await Should.ThrowAsync<InternalServerErrorException>(() => sdk.ListTablesAsync(new ListTablesRequest()));

        exception.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        exception.ErrorType.ShouldBe(ErrorType.Unknown);
    }
}
