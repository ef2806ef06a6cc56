using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FakeDynamo.Benchmarks;

/// <summary>
/// A short in-process job (3 warm-ups, 3 iterations, one launch): enough to show whether the cost grows with the
/// table, and quick on a shared machine. No separate process, so nothing else to build or restore. Allocation
/// figures come from <c>[MemoryDiagnoser]</c> on the benchmark class.
/// </summary>
public sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
    }
}
