using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace FakeDynamo.Errors;

/// <summary>
/// Builds the SDK exception the real client raises for a service error. The .NET unmarshaller of each operation maps
/// only the error codes declared for that operation (service model); any other code becomes a plain
/// <see cref="AmazonDynamoDBException"/> (spec backup-api §1.1, data-plane §1.1).
/// </summary>
internal static class ErrorMapping
{
    private static readonly string[] DataRead =
        ["ProvisionedThroughputExceededException", "ResourceNotFoundException", "RequestLimitExceeded", "InternalServerError", "ThrottlingException"];

    private static readonly string[] DataWrite =
    [
        "ConditionalCheckFailedException", "ProvisionedThroughputExceededException", "ResourceNotFoundException",
        "ItemCollectionSizeLimitExceededException", "TransactionConflictException", "RequestLimitExceeded", "InternalServerError",
        "ReplicatedWriteConflictException", "ThrottlingException",
    ];

    private static readonly Dictionary<string, HashSet<string>> Declared = new(StringComparer.Ordinal)
    {
        ["GetItem"] = [.. DataRead],
        ["Query"] = [.. DataRead],
        ["Scan"] = [.. DataRead],
        ["BatchGetItem"] = [.. DataRead],
        ["PutItem"] = [.. DataWrite],
        ["UpdateItem"] = [.. DataWrite],
        ["DeleteItem"] = [.. DataWrite],
        ["BatchWriteItem"] =
        [
            "ProvisionedThroughputExceededException", "ResourceNotFoundException", "ItemCollectionSizeLimitExceededException",
            "RequestLimitExceeded", "InternalServerError", "ReplicatedWriteConflictException", "ThrottlingException",
        ],
        ["TransactWriteItems"] =
        [
            "ResourceNotFoundException", "TransactionCanceledException", "TransactionInProgressException",
            "IdempotentParameterMismatchException", "ProvisionedThroughputExceededException", "RequestLimitExceeded",
            "InternalServerError", "ThrottlingException",
        ],
        ["TransactGetItems"] =
        [
            "ResourceNotFoundException", "TransactionCanceledException", "ProvisionedThroughputExceededException",
            "RequestLimitExceeded", "InternalServerError", "ThrottlingException",
        ],
        ["CreateTable"] = ["ResourceInUseException", "LimitExceededException", "InternalServerError"],
        ["DeleteTable"] = ["ResourceInUseException", "ResourceNotFoundException", "LimitExceededException", "InternalServerError"],
        ["UpdateTable"] = ["ResourceInUseException", "ResourceNotFoundException", "LimitExceededException", "InternalServerError"],
        ["UpdateTimeToLive"] = ["ResourceInUseException", "ResourceNotFoundException", "LimitExceededException", "InternalServerError"],
        ["DescribeTable"] = ["ResourceNotFoundException", "InternalServerError"],
        ["DescribeTimeToLive"] = ["ResourceNotFoundException", "InternalServerError"],
        ["ListTagsOfResource"] = ["ResourceNotFoundException", "InternalServerError"],
        ["ListTables"] = ["InternalServerError"],
        ["DescribeLimits"] = ["InternalServerError", "InvalidEndpointException"],
        ["TagResource"] = ["LimitExceededException", "ResourceNotFoundException", "InternalServerError", "ResourceInUseException"],
        ["UntagResource"] = ["LimitExceededException", "ResourceNotFoundException", "InternalServerError", "ResourceInUseException"],
        ["CreateBackup"] =
        [
            "TableNotFoundException", "TableInUseException", "BackupInUseException", "ContinuousBackupsUnavailableException",
            "LimitExceededException", "InternalServerError", "InvalidEndpointException",
        ],
        ["DescribeBackup"] = ["BackupNotFoundException", "InternalServerError", "InvalidEndpointException"],
        ["ListBackups"] = ["InternalServerError", "InvalidEndpointException"],
        ["DeleteBackup"] = ["BackupNotFoundException", "BackupInUseException", "LimitExceededException", "InternalServerError", "InvalidEndpointException"],
        ["RestoreTableFromBackup"] =
        [
            "TableAlreadyExistsException", "TableInUseException", "BackupNotFoundException", "BackupInUseException",
            "LimitExceededException", "InternalServerError", "InvalidEndpointException",
        ],
        ["RestoreTableToPointInTime"] =
        [
            "TableAlreadyExistsException", "TableNotFoundException", "TableInUseException", "LimitExceededException",
            "InvalidRestoreTimeException", "PointInTimeRecoveryUnavailableException", "InternalServerError", "InvalidEndpointException",
        ],
        ["UpdateContinuousBackups"] = ["TableNotFoundException", "ContinuousBackupsUnavailableException", "InternalServerError", "InvalidEndpointException"],
        ["DescribeContinuousBackups"] = ["TableNotFoundException", "InternalServerError", "InvalidEndpointException"],
    };

    /// <summary>
    /// The operations that take part in endpoint discovery, whose SDK unmarshallers also type InvalidEndpointException
    /// (found by returning every code to every operation through the real client, WireTests digest 2026-11-22).
    /// </summary>
    private static readonly HashSet<string> EndpointDiscovery =
    [
        "GetItem", "Query", "Scan", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
        "TransactWriteItems", "TransactGetItems", "CreateTable", "DeleteTable", "UpdateTable", "UpdateTimeToLive",
        "DescribeTable", "DescribeTimeToLive", "ListTagsOfResource", "ListTables", "TagResource", "UntagResource",
    ];

    /// <summary>Whether <paramref name="code"/> is declared for <paramref name="operation"/> (and so typed in .NET).</summary>
    public static bool IsDeclared(string operation, string code) =>
        (Declared.TryGetValue(operation, out var codes) && codes.Contains(code)) ||
        (code == "InvalidEndpointException" && EndpointDiscovery.Contains(operation));

    public static AmazonDynamoDBException ToSdkException(ServiceError error, string operation, string requestId)
    {
        var message = error.Message;
        var status = error.Status;
        const ErrorType type = ErrorType.Unknown;
        var code = error.Code;
        if (!IsDeclared(operation, code))
        {
            return new AmazonDynamoDBException(message, null, type, code, requestId, status);
        }

        return code switch
        {
            "ConditionalCheckFailedException" => new ConditionalCheckFailedException(message, null, type, code, requestId, status) { Item = error.Item },
            "TransactionCanceledException" => new TransactionCanceledException(message, null, type, code, requestId, status)
            {
                CancellationReasons = error.CancellationReasons,
            },
            "ResourceNotFoundException" => new ResourceNotFoundException(message, null, type, code, requestId, status),
            "ResourceInUseException" => new ResourceInUseException(message, null, type, code, requestId, status),
            "LimitExceededException" => new LimitExceededException(message, null, type, code, requestId, status),
            "InternalServerError" => new InternalServerErrorException(message, null, type, code, requestId, status),
            "ProvisionedThroughputExceededException" => new ProvisionedThroughputExceededException(message, null, type, code, requestId, status),
            "RequestLimitExceeded" => new RequestLimitExceededException(message, null, type, code, requestId, status),
            "ThrottlingException" => new ThrottlingException(message, null, type, code, requestId, status),
            "ItemCollectionSizeLimitExceededException" => new ItemCollectionSizeLimitExceededException(message, null, type, code, requestId, status),
            "TransactionConflictException" => new TransactionConflictException(message, null, type, code, requestId, status),
            "ReplicatedWriteConflictException" => new ReplicatedWriteConflictException(message, null, type, code, requestId, status),
            "TransactionInProgressException" => new TransactionInProgressException(message, null, type, code, requestId, status),
            "IdempotentParameterMismatchException" => new IdempotentParameterMismatchException(message, null, type, code, requestId, status),
            "TableNotFoundException" => new TableNotFoundException(message, null, type, code, requestId, status),
            "TableInUseException" => new TableInUseException(message, null, type, code, requestId, status),
            "TableAlreadyExistsException" => new TableAlreadyExistsException(message, null, type, code, requestId, status),
            "BackupNotFoundException" => new BackupNotFoundException(message, null, type, code, requestId, status),
            "BackupInUseException" => new BackupInUseException(message, null, type, code, requestId, status),
            "ContinuousBackupsUnavailableException" => new ContinuousBackupsUnavailableException(message, null, type, code, requestId, status),
            "InvalidRestoreTimeException" => new InvalidRestoreTimeException(message, null, type, code, requestId, status),
            "PointInTimeRecoveryUnavailableException" => new PointInTimeRecoveryUnavailableException(message, null, type, code, requestId, status),
            "InvalidEndpointException" => new InvalidEndpointException(message, null, type, code, requestId, status),
            _ => new AmazonDynamoDBException(message, null, type, code, requestId, status),
        };
    }
}
