using System.Collections;
using System.Reflection;
using Amazon.Runtime;

namespace FakeDynamo.Tests.Wire;

/// <summary>
/// Builds an SDK model object with every member set (to a bounded depth), so a round trip through the codec and the
/// SDK's own marshallers shows any member whose wire name or encoding differs.
/// </summary>
internal static class ModelFiller
{
    private const int MaxDepth = 4;

    public static object Fill(Type type, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text-" + depth;
        }

        if (type.IsSubclassOf(typeof(ConstantClass)))
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static).First(f => f.FieldType == type).GetValue(null)!;
        }

        if (type == typeof(int))
        {
            return 7;
        }

        if (type == typeof(long))
        {
            return 8_000_000_000L;
        }

        if (type == typeof(double))
        {
            return 1.5;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(2026, 3, 1, 12, 0, 0, 123, DateTimeKind.Utc);
        }

        if (type == typeof(MemoryStream))
        {
            return new MemoryStream([1, 2, 250]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            list.Add(Fill(type.GetGenericArguments()[0], depth + 1));
            return list;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(type)!;
            map["key"] = Fill(type.GetGenericArguments()[1], depth + 1);
            return map;
        }

        var value = Activator.CreateInstance(type)!;
        if (depth >= MaxDepth)
        {
            return value;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite && property.DeclaringType!.Assembly == type.Assembly &&
                !(property.PropertyType == typeof(bool) && property.Name.StartsWith("Is", StringComparison.Ordinal)))
            {
                property.SetValue(value, Fill(property.PropertyType, depth + 1));
            }
        }

        return value;
    }
}
