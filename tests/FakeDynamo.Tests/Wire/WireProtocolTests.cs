using System.Globalization;
using System.Net;
using FakeDynamo.Wire;

namespace FakeDynamo.Tests.Wire;

/// <summary>The JSON 1.0 envelope: targets, headers, and the errors of the protocol layer itself.</summary>
public sealed class WireProtocolTests : WireTestBase
{
    private const string Coral = "com.amazon.coral.service#";

    [Test]
    public async Task ListTables_Answer_CarriesRequestIdChecksumAndJsonContentType()
    {
        var answer = await CallAsync("ListTables", "{}");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"TableNames":[]}""");
        answer.RequestId.ShouldNotBeNull().ShouldMatch("^[A-Z0-9]{52}$");
        answer.Crc32.ShouldBe(Crc32.Compute(answer.Bytes).ToString(CultureInfo.InvariantCulture));
        answer.ContentType.ShouldBe("application/x-amz-json-1.0");
    }

    [Test]
    public void Crc32_KnownVector_MatchesIeeeChecksum() =>
        Crc32.Compute("123456789"u8).ShouldBe(0xCBF43926u);

    [TestCase("DynamoDB_20120810.NoSuchOperation")]
    [TestCase("DynamoDB_20120810.")]
    [TestCase("DynamoDB_20111205.ListTables")]
    [TestCase("Foo.ListTables")]
    [TestCase(null)]
    public async Task AnyCall_UnknownTarget_AnswersUnknownOperationException(string? target)
    {
        var answer = await PostAsync(target, "{}");
        ShouldBeError(answer, Coral + "UnknownOperationException", "Unknown operation exception");
    }

    [Test]
    public async Task AnyCall_OperationFakeDynamoDoesNotImplement_AnswersLikeAnUnknownOperation()
    {
        var answer = await CallAsync("ExecuteStatement", """{"Statement":"SELECT * FROM t"}""");
        ShouldBeError(answer, Coral + "UnknownOperationException", "Unknown operation exception");
    }

    [Test]
    public async Task StreamsCall_AnyOperation_AnswersAClearUnsupportedError()
    {
        var answer = await PostAsync("DynamoDBStreams_20120810.GetRecords", """{"ShardIterator":"x"}""");
        ShouldBeError(
            answer,
            Coral + "UnknownOperationException",
            "FakeDynamo does not support DynamoDB Streams yet (DynamoDBStreams_20120810.GetRecords). See the support matrix in the README.");
    }

    [TestCase("{")]
    [TestCase("not json")]
    [TestCase("{\"TableName\":\"a\"} trailing")]
    public async Task AnyCall_MalformedJson_AnswersSerializationExceptionWithoutMessage(string body)
    {
        var answer = await CallAsync("DescribeTable", body);
        ShouldBeError(answer, Coral + "SerializationException", message: null);
    }

    [Test]
    public async Task AnyCall_EmptyBody_IsAnEmptyRequest()
    {
        var answer = await CallAsync("ListTables", string.Empty);
        answer.Status.ShouldBe(HttpStatusCode.OK);
    }

    [TestCase("""{"TableName":5}""", "NUMBER_VALUE cannot be converted to String")]
    [TestCase("""{"TableName":true}""", "TRUE_VALUE cannot be converted to String")]
    [TestCase("""{"TableName":{}}""", "Start of structure or map found where not expected")]
    [TestCase("""{"TableName":[]}""", "Start of list found where not expected")]
    [TestCase("[]", "Start of list found where not expected")]
    [TestCase("\"x\"", "Expected null")]
    public async Task DescribeTable_MemberOfWrongJsonType_AnswersSerializationException(string body, string message)
    {
        var answer = await CallAsync("DescribeTable", body);
        ShouldBeError(answer, Coral + "SerializationException", message, "Message");
    }

    [TestCase("""{"Limit":"5"}""", "STRING_VALUE cannot be converted to Integer")]
    [TestCase("""{"Limit":false}""", "FALSE_VALUE cannot be converted to Integer")]
    [TestCase("""{"ExclusiveStartTableName":"a","Limit":{}}""", "Start of structure or map found where not expected")]
    public async Task ListTables_NumberOfWrongJsonType_AnswersSerializationException(string body, string message)
    {
        var answer = await CallAsync("ListTables", body);
        ShouldBeError(answer, Coral + "SerializationException", message, "Message");
    }

    [TestCase("""{"TableName":"t","Key":"x"}""", "Expected map or null")]
    [TestCase("""{"TableName":"t","AttributesToGet":"x"}""", "Expected list or null")]
    [TestCase("""{"TableName":"t","ConsistentRead":"yes"}""", "STRING_VALUE cannot be converted to Boolean")]
    [TestCase("""{"TableName":"t","Key":{"pk":{"B":"abc"}}}""", "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3")]
    [TestCase("""{"TableName":"t","Key":{"pk":{"B":"ab!d"}}}""", "'ab!d' can not be converted to a Blob: Invalid Base64 character: '!'")]
    public async Task GetItem_MalformedMember_AnswersSerializationException(string body, string message)
    {
        var answer = await CallAsync("GetItem", body);
        ShouldBeError(answer, Coral + "SerializationException", message, "Message");
    }

    [Test]
    public async Task AnyCall_UnknownMembersAndNulls_AreIgnored()
    {
        var answer = await CallAsync("ListTables", """{"Unknown":1,"Limit":null,"ExclusiveStartTableName":null}""");
        answer.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task DescribeTable_Validation_UsesCoralValidateNamespace()
    {
        var answer = await CallAsync("DescribeTable", """{"TableName":"ab"}""");
        ShouldBeError(answer, "com.amazon.coral.validate#ValidationException", "TableName must be at least 3 characters long and at most 255 characters long");
    }

    [Test]
    public async Task DescribeTable_MissingTable_UsesDynamoNamespace()
    {
        var answer = await CallAsync("DescribeTable", """{"TableName":"Nope"}""");
        ShouldBeError(answer, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found: Table: Nope not found");
    }

    [Test]
    public async Task AnyCall_InjectedInternalServerError_Answers500()
    {
        Fake.Faults.FailNext("ListTables", "InternalServerError", "Internal server error");
        var answer = await CallAsync("ListTables", "{}");
        ShouldBeError(answer, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error", status: HttpStatusCode.InternalServerError);
    }
}
