using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Errors;

/// <summary>Transaction errors (spec data-plane §7).</summary>
internal static partial class DynamoErrors
{
    /// <summary>Reason code of an action that did not fail (data-plane §7.3).</summary>
    public const string ReasonNone = "None";

    /// <summary>A TransactItems element with more (or fewer) than one action member (data-plane §7.1 [MOTO], Medium).</summary>
    public static ServiceError TransactActionNotExactlyOne() =>
        Validation("TransactItems can only contain one of Check, Put, Update or Delete");

    /// <summary>Two actions on the same item (data-plane §7.1 [MOTO-V], High).</summary>
    public static ServiceError TransactDuplicateItem() =>
        Validation("Transaction request cannot include multiple operations on one item");

    /// <summary>
    /// Request payload over 4 MB (data-plane §7.1 [ALT], Medium). Text unknown beyond "size cannot exceed" and a
    /// reference to the transaction payload; most plausible wording.
    /// </summary>
    public static ServiceError TransactTooLarge() =>
        Validation("Transaction request size cannot exceed 4 MB");

    /// <summary>
    /// Same ClientRequestToken, different parameters (data-plane §7.4). Text not pinned (one client report saw it
    /// empty); most plausible wording, in the style of the service's other idempotency errors.
    /// </summary>
    public static ServiceError IdempotentParameterMismatch() =>
        new("IdempotentParameterMismatchException", "The request uses the same client token as a previous, but non-identical request.");

    /// <summary>A request whose token's first request is still running (data-plane §7.4 [ISS aws-sdk-java-v2#2518]).</summary>
    public static ServiceError TransactionInProgress() =>
        new("TransactionInProgressException", "Transaction from previous request is still in progress");

    /// <summary>Condition failure reason (data-plane §7.3: verified wire text without the doc table's trailing period).</summary>
    public static CancellationReason ConditionalCheckFailedReason(Dictionary<string, AttributeValue>? item) =>
        new() { Code = "ConditionalCheckFailed", Message = "The conditional request failed", Item = item };

    /// <summary>A data validation failure inside a transaction: reason ValidationError with the validation text (data-plane §7.2, §7.3).</summary>
    public static CancellationReason ValidationErrorReason(string message) => new() { Code = "ValidationError", Message = message };

    /// <summary>
    /// TransactionCanceledException (data-plane §1.2, §7.3 [API; ISS; MOTO-V]): one code per action in request order,
    /// joined by ", "; None reasons carry no Message.
    /// </summary>
    public static ServiceError TransactionCanceled(List<CancellationReason> reasons) =>
        new("TransactionCanceledException",
            $"Transaction cancelled, please refer cancellation reasons for specific reasons [{string.Join(", ", reasons.Select(r => r.Code))}]")
        {
            CancellationReasons = reasons,
        };
}
