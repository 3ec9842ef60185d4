namespace CauNoi.BrowserTests;

/// <summary>What went wrong on a page without the user necessarily seeing it.</summary>
public sealed class PageProblems
{
    private readonly List<string> _seen = [];

    public PageProblems(IPage page)
    {
        page.Console += (_, m) => { if (m.Type == "error") Add($"console error: {m.Text} at {m.Location}"); };
        page.PageError += (_, e) => Add($"script error: {e}");
        page.RequestFailed += (_, r) => Add($"request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status >= 400) Add($"HTTP {r.Status}: {r.Url}"); };
    }

    private void Add(string problem) { lock (_seen) _seen.Add(problem); }

    /// <summary>Fails with every problem seen, leaving out those that name <paramref name="except"/>.</summary>
    public void AssertNone(string? except = null)
    {
        List<string> unexpected;
        lock (_seen) unexpected = [.. _seen.Where(p => except is null || !p.Contains(except, StringComparison.Ordinal))];
        if (unexpected.Count > 0) Assert.Fail("Problems on the page:\n" + string.Join("\n", unexpected));
    }
}
