using System.Reflection;

namespace FakeDynamo.Tests.Conventions;

public class ConventionTests
{
    [Test]
    public void EveryOperation_UnsupportedOnes_ThrowNotSupportedNamingThemselves()
    {
        using var client = new FakeDynamoDBClient();
        foreach (var operation in SupportMatrix.Operations)
        {
            if (!SupportMatrix.IsSupported(client, operation, out var refusal))
            {
                refusal!.Message.ShouldContain(operation);
                refusal.Message.ShouldContain("README");
            }
        }
    }

    [Test]
    public void EveryOperationOverload_Unsupported_ThrowsNotSupportedToo()
    {
        using var client = new FakeDynamoDBClient();
        foreach (var method in typeof(IAmazonDynamoDB).GetMethods().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal)))
        {
            var operation = method.Name[..^"Async".Length];
            if (SupportMatrix.IsSupported(client, operation, out _))
            {
                continue;
            }

            var arguments = method.GetParameters().Select(p =>
                p.ParameterType.IsValueType || typeof(Amazon.Runtime.AmazonWebServiceRequest).IsAssignableFrom(p.ParameterType)
                    ? Activator.CreateInstance(p.ParameterType)
                    : null).ToArray();
            var exception = Should.Throw<TargetInvocationException>(() => method.Invoke(client, arguments));
            exception.InnerException.ShouldBeOfType<NotSupportedException>().Message.ShouldContain(operation);
        }
    }

    [Test]
    public void Readme_SupportMatrix_ListsEveryOperationWithItsRealState()
    {
        using var client = new FakeDynamoDBClient();
        var rows = SupportMatrix.ReadmeRows();
        var problems = new List<string>();
        foreach (var operation in SupportMatrix.Operations)
        {
            var supported = SupportMatrix.IsSupported(client, operation, out _);
            if (!rows.TryGetValue(operation, out var documented))
            {
                problems.Add($"{operation} is missing from the README's support matrix");
            }
            else if (documented != supported)
            {
                problems.Add($"{operation} is documented as {(documented ? "Supported" : "Not supported")} but is {(supported ? "supported" : "not supported")}");
            }
        }

        problems.AddRange(rows.Keys.Except(SupportMatrix.Operations).Select(op => $"{op} is in the README but is not an IAmazonDynamoDB operation"));
        problems.ShouldBeEmpty();
    }

    [Test]
    public void PublicApi_IsMinimalAndDocumentedTypesOnly()
    {
        var publicTypes = typeof(FakeDynamoDBClient).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        publicTypes.ShouldBe(
        [
            "FakeDynamo.FakeDynamoDBClient",
            "FakeDynamo.FakeDynamoDBHttpHandler",
            "FakeDynamo.FakeDynamoDBOptions",
            "FakeDynamo.FakeDynamoDBQuotas",
            "FakeDynamo.Faults.FaultInjector",
            "FakeDynamo.ManualTimeProvider",
            "Microsoft.Extensions.DependencyInjection.FakeDynamoServiceCollectionExtensions",
        ]);
    }

    [Test]
    public void FakeDynamoDBClient_PublicInstanceMethods_AreVirtual()
    {
        var nonVirtual = typeof(FakeDynamoDBClient)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsVirtual && m.Name != nameof(IDisposable.Dispose))
            .Select(m => m.Name)
            .ToList();
        nonVirtual.ShouldBeEmpty();
    }
}
