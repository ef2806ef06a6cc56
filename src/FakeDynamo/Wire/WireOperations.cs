using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace FakeDynamo.Wire;

/// <summary>One operation of the service: its wire name, request shape and the <see cref="IAmazonDynamoDB"/> call behind it.</summary>
internal sealed record WireOperation(
    string Name,
    ModelShape Request,
    Func<IAmazonDynamoDB, AmazonWebServiceRequest, CancellationToken, Task<AmazonWebServiceResponse>> Invoke);

/// <summary>
/// Every operation of <see cref="IAmazonDynamoDB"/>, found once by reflection: each <c>XAsync(XRequest, CancellationToken)</c>
/// is wire operation <c>X</c>. Calls go through the interface, so a partial mock of the fake is honoured on the wire too.
/// </summary>
internal static class WireOperations
{
    private static readonly MethodInfo BindMethod =
        typeof(WireOperations).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Dictionary<string, WireOperation> ByName = Discover();

    public static bool TryGet(string name, out WireOperation operation) => ByName.TryGetValue(name, out operation!);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    private static Dictionary<string, WireOperation> Discover()
    {
        var operations = new Dictionary<string, WireOperation>(StringComparer.Ordinal);
        foreach (var method in typeof(IAmazonDynamoDB).GetMethods())
        {
            var parameters = method.GetParameters();
            if (parameters.Length != 2 || parameters[1].ParameterType != typeof(CancellationToken) ||
                !parameters[0].ParameterType.IsSubclassOf(typeof(AmazonWebServiceRequest)) ||
                !method.ReturnType.IsGenericType)
            {
                continue;
            }

            var requestType = parameters[0].ParameterType;
            var responseType = method.ReturnType.GetGenericArguments()[0];
            var name = requestType.Name[..^"Request".Length];
            var invoke = (Func<IAmazonDynamoDB, AmazonWebServiceRequest, CancellationToken, Task<AmazonWebServiceResponse>>)
                BindMethod.MakeGenericMethod(requestType, responseType).Invoke(null, [method])!;
            operations[name] = new WireOperation(name, ModelShape.For(requestType), invoke);
        }

        return operations;
    }

    private static Func<IAmazonDynamoDB, AmazonWebServiceRequest, CancellationToken, Task<AmazonWebServiceResponse>> Bind<TRequest, TResponse>(MethodInfo method)
        where TRequest : AmazonWebServiceRequest
        where TResponse : AmazonWebServiceResponse
    {
        var call = method.CreateDelegate<Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>>>();
        return async (client, request, cancellationToken) =>
            await call(client, (TRequest)request, cancellationToken).ConfigureAwait(false);
    }
}
