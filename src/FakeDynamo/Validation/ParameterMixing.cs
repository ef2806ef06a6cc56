using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Expression and legacy (non-expression) parameters may not be combined (data-plane §3.10). Both lists name only the
/// parameters present, in the service's fixed order, which the callers pass in.
/// </summary>
internal static class ParameterMixing
{
    public static void Check(IEnumerable<(string Name, bool Present)> nonExpression, IEnumerable<(string Name, bool Present)> expression)
    {
        var legacy = nonExpression.Where(p => p.Present).Select(p => p.Name).ToList();
        var modern = expression.Where(p => p.Present).Select(p => p.Name).ToList();
        if (legacy.Count > 0 && modern.Count > 0)
        {
            throw DynamoErrors.Validation(
                $"Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {{{string.Join(", ", legacy)}}} Expression parameters: {{{string.Join(", ", modern)}}}");
        }
    }
}
