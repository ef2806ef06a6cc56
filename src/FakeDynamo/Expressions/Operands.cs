namespace FakeDynamo.Expressions;

/// <summary>An operand of a condition or update: a document path, a <c>:value</c> placeholder or a function call.</summary>
internal abstract record Operand;

/// <summary>One element of a document path: a name (bare or <c>#placeholder</c>) or a list index.</summary>
internal abstract record PathElement;

/// <summary>
/// A map key or top-level attribute. <see cref="Text"/> is what was written: a bare name, or a <c>#placeholder</c>
/// (always exactly one element, whatever its value contains — data-plane §3.2).
/// </summary>
internal sealed record NameElement(string Text) : PathElement
{
    public bool IsPlaceholder => Text.StartsWith('#');
}

/// <summary>A list index <c>[n]</c>.</summary>
internal sealed record IndexElement(int Index) : PathElement;

/// <summary>A document path such as <c>a.#b[2]</c>.</summary>
internal sealed record PathOperand(IReadOnlyList<PathElement> Elements) : Operand
{
    /// <summary>True when the path is a single top-level attribute (no <c>.</c>, no <c>[n]</c>).</summary>
    public bool IsTopLevel => Elements.Count == 1;

    /// <summary>The first element (always a name).</summary>
    public NameElement Root => (NameElement)Elements[0];
}

/// <summary>A value placeholder such as <c>:v</c>.</summary>
internal sealed record ValueOperand(string Placeholder) : Operand;

/// <summary>A function call in operand position (<c>size(a)</c>) or as a condition (<c>begins_with(a, :v)</c>).</summary>
internal sealed record FunctionCall(string Name, IReadOnlyList<Operand> Arguments) : Operand;
