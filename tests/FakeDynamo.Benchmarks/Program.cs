using BenchmarkDotNet.Running;

namespace FakeDynamo.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/FakeDynamo.Benchmarks -- --filter '*'</c>. Not a test
/// project, so <c>dotnet test</c> builds it but never runs it.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
