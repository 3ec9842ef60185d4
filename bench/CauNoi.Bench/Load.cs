using System.Diagnostics;

namespace CauNoi.Bench;

/// <summary>What one scenario measured: every latency of the measured phase, and the failures.</summary>
public sealed record LoadResult(string Name, long[] Ticks, int Errors, double Seconds)
{
    public int Count => Ticks.Length;
    public double PerSecond => Count / Seconds;
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double P99 => Percentile(0.99);
    public double Max => Count == 0 ? double.NaN : Ms(Ticks[^1]);
    public double Median => P50;

    /// <summary>Nearest-rank percentile in milliseconds; Ticks is sorted.</summary>
    public double Percentile(double p) =>
        Count == 0 ? double.NaN : Ms(Ticks[Math.Clamp((int)Math.Ceiling(p * Count) - 1, 0, Count - 1)]);

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>
/// A closed-loop load client: N workers each run the operation back to back for a fixed time,
/// first a warm-up whose latencies are dropped, then the measured phase. One List&lt;long&gt; per worker.
/// </summary>
public static class Load
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, TimeSpan warmup, TimeSpan duration,
        Func<Random, Task<bool>> operation)
    {
        await PhaseAsync(concurrency, warmup, operation);
        var (ticks, errors, seconds) = await PhaseAsync(concurrency, duration, operation);
        var result = new LoadResult(name, ticks, errors, seconds);
        Console.WriteLine($"  {name}: {result.Count:N0} in {seconds:N1} s = {result.PerSecond:N0}/s, p50 {result.P50:N2} ms, " +
                          $"p95 {result.P95:N2} ms, p99 {result.P99:N2} ms, max {result.Max:N2} ms, errors {errors}");
        return result;
    }

    /// <summary>The same operation one at a time: a few runs, for the slow exports.</summary>
    public static Task<LoadResult> SequentialAsync(string name, int warmups, int runs, Func<Task<bool>> operation) =>
        SequentialAsync(name, warmups, TimeSpan.Zero, runs, operation);

    /// <summary>
    /// As above, warming up for at least <paramref name="warmupTime"/> as well: the app's code is still being compiled
    /// again by the JIT's tiers for its first few hundred requests (a 40 ms read took 13 ms after about 10 s of them).
    /// </summary>
    public static async Task<LoadResult> SequentialAsync(string name, int warmups, TimeSpan warmupTime, int runs, Func<Task<bool>> operation)
    {
        var warming = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmups || Stopwatch.GetElapsedTime(warming) < warmupTime; i++) await operation();
        var ticks = new List<long>(runs);
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            if (!await operation()) errors++;
            ticks.Add(Stopwatch.GetTimestamp() - t0);
        }
        var result = new LoadResult(name, [.. ticks.Order()], errors, Stopwatch.GetElapsedTime(started).TotalSeconds);
        Console.WriteLine($"  {name}: {runs} runs, median {result.Median:N1} ms, max {result.Max:N1} ms, errors {errors}");
        return result;
    }

    private static async Task<(long[] Ticks, int Errors, double Seconds)> PhaseAsync(int concurrency, TimeSpan length,
        Func<Random, Task<bool>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var perWorker = new List<long>[concurrency];
        var errors = new int[concurrency];
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = perWorker[w] = new List<long>(100_000);
            var rng = new Random(w + 1);
            while (Stopwatch.GetTimestamp() < end)
            {
                var t0 = Stopwatch.GetTimestamp();
                bool ok;
                try { ok = await operation(rng); }
                catch (Exception) { ok = false; }
                var t1 = Stopwatch.GetTimestamp();
                if (ok) mine.Add(t1 - t0);
                else errors[w]++;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = perWorker.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return (all, errors.Sum(), seconds);
    }
}
