namespace FakeDynamo.Expressions;

/// <summary>The four clauses of an UpdateExpression (data-plane §3.6).</summary>
internal enum UpdateClause
{
    Set,
    Remove,
    Add,
    Delete,
}

/// <summary>
/// One action of an UpdateExpression. SET: <see cref="Value"/> (and, for <c>+</c>/<c>-</c>, <see cref="Right"/>);
/// ADD/DELETE: <see cref="Value"/> is the <c>:value</c>; REMOVE: neither.
/// </summary>
internal sealed record UpdateAction(UpdateClause Clause, PathOperand Path, Operand? Value, Operand? Right, bool Subtract);

/// <summary>A parsed UpdateExpression: its actions in source order and the first clause keyword written twice.</summary>
internal sealed record UpdateSyntax(IReadOnlyList<UpdateAction> Actions, string? RepeatedClause);
