using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

/// <summary>
/// A throughput column: a fixed amount of work (words, characters) divided by the mean time of one
/// operation, for the benchmarks it <paramref name="appliesTo"/>. The amount is counted lazily in the
/// host process, because the benchmark itself ran in a child process.
/// </summary>
internal sealed class PerSecondColumn(string id, string name, string legend, Func<long> amount, Func<BenchmarkCase, bool>? appliesTo = null) : IColumn
{
    public string Id => id;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0 || (appliesTo is not null && !appliesTo(benchmarkCase)))
        {
            return "-";
        }

        return (amount() / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
