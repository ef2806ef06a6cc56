using System.Collections;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using FakeDynamo.Wire;

namespace FakeDynamo.Mapping;

/// <summary>
/// What the SDK's marshaller does to a request on its way to the wire, applied to requests that reach the fake
/// directly: enum members are written through <see cref="ConstantClass"/>'s string conversion, which interns known
/// values case-insensitively, so <c>new Select("count")</c> is sent as <c>COUNT</c> (observed with 4.0.109.3).
/// Requests decoded from the wire are left exactly as they were sent: there, <c>"count"</c> is the service's problem.
/// The caller's request is never changed; a request that needs interning is copied first.
/// </summary>
internal static class SdkMarshalling
{
    private static readonly ConditionalWeakTable<AmazonWebServiceRequest, object> Decoded = [];

    /// <summary>Marks a request the codec decoded from the wire: it already is what was sent.</summary>
    public static void MarkDecoded(AmazonWebServiceRequest request) => Decoded.AddOrUpdate(request, Decoded);

    public static TRequest AsSent<TRequest>(TRequest request)
        where TRequest : AmazonWebServiceRequest
    {
        var shape = ModelShape.For(request.GetType());
        if (Decoded.TryGetValue(request, out _) || !shape.HoldsConstants || !NeedsInterning(request, shape))
        {
            return request;
        }

        var copy = (TRequest)ModelCloner.Clone(request, shape);
        Intern(copy, shape);
        return copy;
    }

    private static bool NeedsInterning(object value, ModelShape shape) => shape.Kind switch
    {
        WireKind.Constant => !string.Equals((string)(ConstantClass)value, ((ConstantClass)value).Value, StringComparison.Ordinal),
        WireKind.List => ((IList)value).Cast<object?>().Any(e => e is not null && NeedsInterning(e, shape.Element!)),
        WireKind.Map => ((IDictionary)value).Values.Cast<object?>().Any(e => e is not null && NeedsInterning(e, shape.Element!)),
        WireKind.Structure => shape.OrderedMembers.Any(m => m.Shape.HoldsConstants && m.Get(value) is { } v && NeedsInterning(v, m.Shape)),
        _ => false,
    };

    private static void Intern(object value, ModelShape shape)
    {
        if (shape.Kind is WireKind.List or WireKind.Map)
        {
            var elements = value is IDictionary map ? map.Values : (IEnumerable)value;
            foreach (var element in elements)
            {
                if (element is not null && shape.Element!.Kind != WireKind.Constant)
                {
                    Intern(element, shape.Element);
                }
            }

            return;
        }

        foreach (var member in shape.OrderedMembers)
        {
            if (!member.Shape.HoldsConstants || member.Get(value) is not { } memberValue)
            {
                continue;
            }

            if (member.Shape.Kind == WireKind.Constant)
            {
                var constant = (ConstantClass)memberValue;
                member.Set(value, member.Shape.FindConstant?.Invoke((string)constant) ?? constant);
            }
            else
            {
                Intern(memberValue, member.Shape);
            }
        }
    }
}
