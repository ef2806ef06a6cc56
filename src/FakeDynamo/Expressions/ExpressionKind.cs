using FakeDynamo.Errors;

namespace FakeDynamo.Expressions;

/// <summary>The five expression parameters; each has its own error prefix (data-plane §3).</summary>
internal enum ExpressionKind
{
    Condition,
    Filter,
    KeyCondition,
    Update,
    Projection,
}

/// <summary>
/// Which expression is being checked and how its errors are worded: the prefix (<c>Invalid KeyConditionExpression: </c>)
/// and whether the operation wraps validation texts in the 2026 envelope (Put/Update/Delete, data-plane §0.1).
/// </summary>
internal sealed record ExpressionScope(ExpressionKind Kind, bool Enveloped)
{
    public string Parameter => Kind + "Expression";

    public string Prefix => $"Invalid {Parameter}: ";

    /// <summary>An error in this expression: prefix + text (+ envelope where the operation uses it).</summary>
    public ServiceError Error(string text) => DynamoErrors.InvalidExpression(Prefix + text, Enveloped);

    /// <summary>An error about the request's placeholder maps (no expression prefix).</summary>
    public ServiceError RequestError(string text) => DynamoErrors.InvalidExpression(text, Enveloped);
}
