namespace FakeDynamo.Errors;

/// <summary>Expression and placeholder errors (spec data-plane §3, §5.3).</summary>
internal static partial class DynamoErrors
{
    /// <summary>
    /// Any expression or placeholder-map error. The text is built by the expression layer (data-plane §3.1–§3.12,
    /// §5.3); Put/Update/Delete wrap it in the 2026 envelope, Get/Query/Scan/BatchGet do not (data-plane §0.1).
    /// </summary>
    public static ServiceError InvalidExpression(string text, bool enveloped) =>
        enveloped ? ValidationEnveloped(text) : Validation(text);
}
