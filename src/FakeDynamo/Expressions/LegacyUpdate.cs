using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo.Expressions;

/// <summary>
/// Legacy AttributeUpdates (data-plane §4.4): name → {Action, Value}, Action PUT by default; names are literal (a
/// <c>.</c> does not navigate). ADD adds numbers, unions sets and appends lists; DELETE removes the attribute or set
/// elements. Texts are the legacy ones [DYN], bare.
/// </summary>
internal sealed class LegacyUpdate : IItemUpdate
{
    private const string Invalid = "One or more parameter values were invalid: ";

    private readonly IReadOnlyList<(string Name, string Action, AttributeValue? Value)> _updates;

    private LegacyUpdate(IReadOnlyList<(string Name, string Action, AttributeValue? Value)> updates) => _updates = updates;

    public IReadOnlyList<DocumentPath> Paths => _updates.Select(u => DocumentPath.Attribute(u.Name)).ToList();

    /// <summary>Checks the updates without the table (data-plane §4.4).</summary>
    public static LegacyUpdate Parse(Dictionary<string, AttributeValueUpdate> updates)
    {
        var parsed = new List<(string, string, AttributeValue?)>();
        foreach (var (name, update) in updates)
        {
            var action = update.Action?.Value ?? "PUT";
            var value = update.Value;
            if (value is not null && AttributeValueValidation.FirstProblem(value) is { } problem)
            {
                throw DynamoErrors.ValidationEnveloped(problem);
            }

            var type = value is null ? null : AttributeValues.TypeOf(value);
            if (value is null && action != "DELETE")
            {
                throw DynamoErrors.Validation($"{Invalid}Only DELETE action is allowed when no attribute value is specified");
            }

            if (action == "DELETE" && type is not (null or "SS" or "NS" or "BS"))
            {
                throw DynamoErrors.Validation($"{Invalid}DELETE action with value is not supported for the type {type}");
            }

            if (action == "ADD" && type is "S" or "B" or "BOOL" or "NULL" or "M")
            {
                throw DynamoErrors.Validation($"{Invalid}ADD action is not supported for the type {type}");
            }

            parsed.Add((name, action, value is null ? null : AttributeValues.Clone(value)));
        }

        return new LegacyUpdate(parsed);
    }

    public Dictionary<string, AttributeValue>? Apply(IReadOnlyDictionary<string, AttributeValue>? old, IReadOnlyDictionary<string, AttributeValue> key)
    {
        if (old is null && _updates.Count > 0 && _updates.All(u => u.Action == "DELETE"))
        {
            return null;
        }

        var item = AttributeValues.CloneMap(old ?? key);
        foreach (var (name, action, value) in _updates)
        {
            var existing = item.GetValueOrDefault(name);
            switch (action)
            {
                case "PUT":
                    item[name] = AttributeValues.Clone(value!);
                    break;
                case "DELETE" when value is null || existing is null:
                    if (value is null)
                    {
                        item.Remove(name);
                    }

                    break;
                case "DELETE":
                    var rest = SetAlgebra.Difference(existing, value) ?? throw TypeMismatch();
                    if (SetAlgebra.Count(rest) == 0)
                    {
                        item.Remove(name);
                    }
                    else
                    {
                        item[name] = rest;
                    }

                    break;
                default:
                    item[name] = existing is null ? AttributeValues.Clone(value!) : Add(existing, value!);
                    break;
            }
        }

        return item;
    }

    private static AttributeValue Add(AttributeValue existing, AttributeValue value)
    {
        if (existing.N is not null && value.N is not null)
        {
            var sum = DynamoNumberArithmetic.TryAdd(DynamoNumber.Parse(existing.N), DynamoNumber.Parse(value.N), subtract: false, out var error)
                ?? throw DynamoErrors.NumberArithmetic(error!);
            return new AttributeValue { N = sum.ToString() };
        }

        if (existing.L is not null && value.L is not null)
        {
            return new AttributeValue { L = [.. existing.L.Select(AttributeValues.Clone), .. value.L.Select(AttributeValues.Clone)] };
        }

        return SetAlgebra.Union(existing, value) ?? throw TypeMismatch();
    }

    /// <summary>data-plane §4.4 [DYN].</summary>
    private static ServiceError TypeMismatch() => DynamoErrors.Validation("Type mismatch for attribute to update");
}
