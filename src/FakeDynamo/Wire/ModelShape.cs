using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Amazon.Runtime;

namespace FakeDynamo.Wire;

/// <summary>How a member of an SDK model type travels in JSON 1.0.</summary>
internal enum WireKind
{
    String,
    Constant,
    Integer,
    Long,
    Double,
    Boolean,
    Timestamp,
    Blob,
    List,
    Map,
    Structure,
}

/// <summary>
/// The wire shape of one SDK type, read once from its properties: the SDK's model classes name each property exactly
/// as the JSON member (checked against the SDK's own marshallers by the codec tests), so one generic codec serves every
/// operation. Members inherited from <see cref="AmazonWebServiceRequest"/>/<see cref="AmazonWebServiceResponse"/>
/// (metadata, status) and the SDK's <c>IsXSet</c> flags are not wire members.
/// </summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Shapes = new();
    private static readonly Dictionary<Type, ModelShape> Building = [];
    private static readonly Lock Gate = new();
    private bool? _holdsConstants;

    private ModelShape(Type type)
    {
        Type = type;
        Kind = KindOf(type);
        if (Kind is WireKind.Structure or WireKind.List or WireKind.Map)
        {
            Create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(type), typeof(object))).Compile();
        }
        else if (Kind == WireKind.Constant && type.GetMethod("FindValue", [typeof(string)]) is { } find)
        {
            FindConstant = find.CreateDelegate<Func<string, ConstantClass>>();
        }
    }

    public Type Type { get; }

    public WireKind Kind { get; }

    /// <summary>The element (list) or value (map) shape.</summary>
    public ModelShape? Element { get; private set; }

    /// <summary>A new empty structure, list or map of this type.</summary>
    public Func<object>? Create { get; }

    /// <summary>For an enum type: the SDK's own lookup, which interns known values case-insensitively.</summary>
    public Func<string, ConstantClass>? FindConstant { get; }

    /// <summary>Whether an enum (ConstantClass) can occur anywhere below this shape; AttributeValue trees cannot.</summary>
    public bool HoldsConstants => _holdsConstants ??= ComputeHoldsConstants([]);

    /// <summary>The members of a structure, by wire name (ordinal, case-sensitive like the service).</summary>
    public IReadOnlyDictionary<string, ModelMember> Members { get; private set; } = new Dictionary<string, ModelMember>();

    /// <summary>The members in declaration order, for writing.</summary>
    public IReadOnlyList<ModelMember> OrderedMembers { get; private set; } = [];

    public static ModelShape For(Type type)
    {
        if (Shapes.TryGetValue(type, out var known))
        {
            return known;
        }

        lock (Gate)
        {
            if (Shapes.TryGetValue(type, out known) || Building.TryGetValue(type, out known))
            {
                return known;
            }

            var outermost = Building.Count == 0;
            var shape = new ModelShape(Nullable.GetUnderlyingType(type) ?? type);

            // Registered before its parts are read, so recursive types (AttributeValue in AttributeValue) terminate;
            // published only when the outermost shape is complete, so no reader sees a half-built one.
            Building[type] = shape;
            try
            {
                shape.Fill();
                if (outermost)
                {
                    foreach (var (builtType, built) in Building)
                    {
                        Shapes[builtType] = built;
                    }
                }
            }
            finally
            {
                if (outermost)
                {
                    Building.Clear(); // also after a failure, so the next caller starts clean
                }
            }

            return shape;
        }
    }

    private void Fill()
    {
        switch (Kind)
        {
            case WireKind.List:
                Element = For(Type.GetGenericArguments()[0]);
                break;
            case WireKind.Map:
                Element = For(Type.GetGenericArguments()[1]);
                break;
            case WireKind.Structure:
                OrderedMembers = MembersOf(Type);
                Members = OrderedMembers.ToDictionary(m => m.Name, StringComparer.Ordinal);
                break;
        }
    }

    private bool ComputeHoldsConstants(HashSet<ModelShape> visiting)
    {
        if (!visiting.Add(this))
        {
            return false; // a cycle adds nothing new
        }

        return Kind switch
        {
            WireKind.Constant => true,
            WireKind.List or WireKind.Map => Element!.ComputeHoldsConstants(visiting),
            WireKind.Structure => OrderedMembers.Any(m => m.Shape.ComputeHoldsConstants(visiting)),
            _ => false,
        };
    }

    private static List<ModelMember> MembersOf(Type type)
    {
        var members = new List<ModelMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var declaring = property.DeclaringType!;
            if (declaring.Assembly != type.Assembly && declaring != type)
            {
                continue; // AmazonWebServiceResponse.ResponseMetadata, HttpStatusCode, ContentLength; exception base members
            }

            if (!property.CanRead || property.GetIndexParameters().Length > 0 || IsSetFlag(property))
            {
                continue;
            }

            members.Add(new ModelMember(property.Name, property, For(property.PropertyType)));
        }

        return members;
    }

    private static bool IsSetFlag(PropertyInfo property) =>
        property.PropertyType == typeof(bool) && property.Name.StartsWith("Is", StringComparison.Ordinal) &&
        property.Name.EndsWith("Set", StringComparison.Ordinal);

    private static WireKind KindOf(Type type)
    {
        if (type == typeof(string))
        {
            return WireKind.String;
        }

        if (type.IsSubclassOf(typeof(ConstantClass)))
        {
            return WireKind.Constant;
        }

        if (type == typeof(int))
        {
            return WireKind.Integer;
        }

        if (type == typeof(long))
        {
            return WireKind.Long;
        }

        if (type == typeof(double))
        {
            return WireKind.Double;
        }

        if (type == typeof(bool))
        {
            return WireKind.Boolean;
        }

        if (type == typeof(DateTime))
        {
            return WireKind.Timestamp;
        }

        if (type == typeof(MemoryStream))
        {
            return WireKind.Blob;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return WireKind.List;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return WireKind.Map;
        }

        return WireKind.Structure;
    }
}

/// <summary>
/// One wire member of a structure: its JSON name, the property behind it and its shape. Access goes through delegates
/// compiled on first use, several times faster than <see cref="PropertyInfo.GetValue(object)"/> on every call.
/// </summary>
internal sealed record ModelMember(string Name, PropertyInfo Property, ModelShape Shape)
{
    private Func<object, object?>? _get;
    private Action<object, object?>? _set;

    public object? Get(object owner) => (_get ??= CompileGetter(Property))(owner);

    public void Set(object owner, object? value) => (_set ??= CompileSetter(Property))(owner, value);

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var owner = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(owner, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), owner).Compile();
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var owner = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        var write = Expression.Assign(
            Expression.Property(Expression.Convert(owner, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(write, owner, value).Compile();
    }
}
