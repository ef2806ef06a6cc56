using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// Applies a checked UpdateExpression to an item (data-plane §3.6). All SET values are read from the pre-update item;
/// list indexes refer to the original positions: in-place SETs first, then appends in index order, then REMOVEs from
/// the highest index down, then ADD and DELETE. Works on a private deep copy.
/// </summary>
internal static class UpdateActions
{
    /// <summary>The new attributes, or null when the item stays absent (REMOVE/DELETE only on a missing item).</summary>
    public static Dictionary<string, AttributeValue>? Apply(ParsedUpdate update, IReadOnlyDictionary<string, AttributeValue>? old, IReadOnlyDictionary<string, AttributeValue> key)
    {
        if (old is null && update.Actions.Count > 0 && update.OnlyRemovesOrDeletes)
        {
            return null;
        }

        var sets = update.Actions.Where(a => a.Clause == UpdateClause.Set).Select(a => (Action: a, Value: SetValue(update, a.Syntax, old))).ToList();
        var item = AttributeValues.CloneMap(old ?? key);
        var appends = new List<(int Index, AttributeValue List, AttributeValue Value)>();
        foreach (var (action, value) in sets)
        {
            var parent = Parent(item, action.Path) ?? throw DynamoErrors.UpdatePathInvalid();
            switch (action.Path.Steps[^1], parent)
            {
                case (string name, Dictionary<string, AttributeValue> top):
                    top[name] = value;
                    break;
                case (string name, AttributeValue { M: not null } map):
                    map.M[name] = value;
                    break;
                case (int index, AttributeValue { L: not null } list) when index < list.L.Count:
                    list.L[index] = value;
                    break;
                case (int index, AttributeValue { L: not null } list):
                    appends.Add((index, list, value));
                    break;
                default:
                    throw DynamoErrors.UpdatePathInvalid();
            }
        }

        foreach (var (_, list, value) in appends.OrderBy(a => a.Index))
        {
            list.L.Add(value);
        }

        if (old is not null)
        {
            var removes = update.Actions.Where(a => a.Clause == UpdateClause.Remove).OrderByDescending(a => a.Path.Steps[^1] is int i ? i : -1);
            foreach (var action in removes)
            {
                Remove(item, action.Path);
            }
        }

        foreach (var action in update.Actions.Where(a => a.Clause is UpdateClause.Add or UpdateClause.Delete))
        {
            var operand = update.Read(action.Syntax.Value!, old)!;
            if (action.Clause == UpdateClause.Add)
            {
                Add(item, action.Path, operand);
            }
            else
            {
                Delete(item, action.Path, operand);
            }
        }

        return item;
    }

    private static AttributeValue SetValue(ParsedUpdate update, UpdateAction action, IReadOnlyDictionary<string, AttributeValue>? old)
    {
        var left = Operand(update, action.Value!, old);
        if (action.Right is null)
        {
            return AttributeValues.Clone(left);
        }

        var right = Operand(update, action.Right, old);
        if (left.N is null || right.N is null)
        {
            throw DynamoErrors.UpdateOperandType();
        }

        var result = DynamoNumberArithmetic.TryAdd(DynamoNumber.Parse(left.N), DynamoNumber.Parse(right.N), action.Subtract, out var error)
            ?? throw DynamoErrors.NumberArithmetic(error!);
        return new AttributeValue { N = result.ToString() };
    }

    private static AttributeValue Operand(ParsedUpdate update, Operand operand, IReadOnlyDictionary<string, AttributeValue>? old) => operand switch
    {
        FunctionCall { Name: "if_not_exists" } call => update.Read(call.Arguments[0], old) ?? Operand(update, call.Arguments[1], old),
        FunctionCall { Name: "list_append" } call => Concat(Operand(update, call.Arguments[0], old), Operand(update, call.Arguments[1], old)),
        _ => update.Read(operand, old) ?? throw DynamoErrors.UpdateOperandMissing(),
    };

    private static AttributeValue Concat(AttributeValue first, AttributeValue second) =>
        first.L is not null && second.L is not null
            ? new AttributeValue { L = [.. first.L.Select(AttributeValues.Clone), .. second.L.Select(AttributeValues.Clone)] }
            : throw DynamoErrors.UpdateOperandType();

    /// <summary>The container of the path's last step: the item itself for a top-level name; null when absent.</summary>
    private static object? Parent(Dictionary<string, AttributeValue> item, DocumentPath path)
    {
        object current = item;
        for (var i = 0; i < path.Steps.Count - 1; i++)
        {
            AttributeValue? next = current switch
            {
                Dictionary<string, AttributeValue> top => top.GetValueOrDefault((string)path.Steps[i]),
                AttributeValue value => DocumentPath.Step(value, path.Steps[i]),
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static void Remove(Dictionary<string, AttributeValue> item, DocumentPath path)
    {
        switch (path.Steps[^1], Parent(item, path))
        {
            case (string name, Dictionary<string, AttributeValue> top):
                top.Remove(name);
                break;
            case (string name, AttributeValue { M: not null } map):
                map.M.Remove(name);
                break;
            case (int index, AttributeValue { L: not null } list):
                if (index < list.L.Count)
                {
                    list.L.RemoveAt(index);
                }

                break;
            default:
                throw DynamoErrors.UpdatePathInvalid();
        }
    }

    private static void Add(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue operand)
    {
        var existing = Current(item, path);
        if (existing is null)
        {
            Replace(item, path, AttributeValues.Clone(operand));
            return;
        }

        if (existing.N is not null && operand.N is not null)
        {
            var sum = DynamoNumberArithmetic.TryAdd(DynamoNumber.Parse(existing.N), DynamoNumber.Parse(operand.N), subtract: false, out var error)
                ?? throw DynamoErrors.NumberArithmetic(error!);
            Replace(item, path, new AttributeValue { N = sum.ToString() });
            return;
        }

        Replace(item, path, SetAlgebra.Union(existing, operand) ?? throw DynamoErrors.UpdateOperandType());
    }

    private static void Delete(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue operand)
    {
        var existing = Current(item, path);
        if (existing is null)
        {
            return;
        }

        var rest = SetAlgebra.Difference(existing, operand) ?? throw DynamoErrors.UpdateOperandType();
        if (SetAlgebra.Count(rest) == 0)
        {
            Remove(item, path);
        }
        else
        {
            Replace(item, path, rest);
        }
    }

    /// <summary>The value at the path for ADD/DELETE; the parent must exist (a missing parent is a path error).</summary>
    private static AttributeValue? Current(Dictionary<string, AttributeValue> item, DocumentPath path) =>
        (path.Steps[^1], Parent(item, path)) switch
        {
            (string name, Dictionary<string, AttributeValue> top) => top.GetValueOrDefault(name),
            (string name, AttributeValue { M: not null } map) => map.M.GetValueOrDefault(name),
            (int index, AttributeValue { L: not null } list) => index < list.L.Count ? list.L[index] : null,
            _ => throw DynamoErrors.UpdatePathInvalid(),
        };

    private static void Replace(Dictionary<string, AttributeValue> item, DocumentPath path, AttributeValue value)
    {
        switch (path.Steps[^1], Parent(item, path))
        {
            case (string name, Dictionary<string, AttributeValue> top):
                top[name] = value;
                break;
            case (string name, AttributeValue { M: not null } map):
                map.M[name] = value;
                break;
            case (int index, AttributeValue { L: not null } list) when index < list.L.Count:
                list.L[index] = value;
                break;
            case (int, AttributeValue { L: not null } list):
                list.L.Add(value);
                break;
            default:
                throw DynamoErrors.UpdatePathInvalid();
        }
    }
}
