using System.Collections;

namespace FakeDynamo.Wire;

/// <summary>
/// A deep copy of an SDK model object by its shape: lists, maps, structures and blobs are new; strings, numbers,
/// enums and timestamps are immutable and shared (a timestamp keeps its <see cref="DateTimeKind"/>).
/// </summary>
internal static class ModelCloner
{
    public static object Clone(object value, ModelShape shape)
    {
        switch (shape.Kind)
        {
            case WireKind.Blob:
                return new MemoryStream(((MemoryStream)value).ToArray());
            case WireKind.List:
                var list = (IList)shape.Create!();
                foreach (var element in (IList)value)
                {
                    list.Add(element is null ? null : Clone(element, shape.Element!));
                }

                return list;
            case WireKind.Map:
                var map = (IDictionary)shape.Create!();
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    map[entry.Key] = entry.Value is null ? null : Clone(entry.Value, shape.Element!);
                }

                return map;
            case WireKind.Structure:
                var copy = shape.Create!();
                foreach (var member in shape.OrderedMembers)
                {
                    if (member.Get(value) is { } memberValue)
                    {
                        member.Set(copy, Clone(memberValue, member.Shape));
                    }
                }

                return copy;
            default:
                return value;
        }
    }
}
