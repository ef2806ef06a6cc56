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

    /// <summary>SET/REMOVE/ADD through a missing or mistyped parent (data-plane §3.6 [ALT]; bare: found after the item was read).</summary>
    public static ServiceError UpdatePathInvalid() =>
        Validation("The document path provided in the update expression is invalid for update");

    /// <summary>A SET value reads a path the item lacks (data-plane §3.6 [ALT]; bare).</summary>
    public static ServiceError UpdateOperandMissing() =>
        Validation("The provided expression refers to an attribute that does not exist in the item");

    /// <summary>+/-, list_append, ADD or DELETE on an item value of the wrong type (data-plane §3.6 [ALT]; bare).</summary>
    public static ServiceError UpdateOperandType() =>
        Validation("An operand in the update expression has an incorrect data type");

    /// <summary>An update action on a table key attribute (data-plane §3.6, §4.4 [DYN]; bare: needs the schema).</summary>
    public static ServiceError CannotUpdateKey(string name) =>
        Validation($"One or more parameter values were invalid: Cannot update attribute {name}. This attribute is part of the key");

    /// <summary>The updated item is over 400 KB (data-plane §3.6 [DYN]).</summary>
    public static ServiceError UpdatedItemTooLarge() => Validation("Item size to update has exceeded the maximum allowed size");

    /// <summary>Arithmetic result out of range (data-plane §2.2 [ALT]); bare.</summary>
    public static ServiceError NumberArithmetic(string text) => Validation(text);
}
