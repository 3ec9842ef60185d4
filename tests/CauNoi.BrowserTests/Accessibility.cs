namespace CauNoi.BrowserTests;

/// <summary>
/// What WCAG 2.1 A and AA ask that a machine can check, by axe-core (Axe/, from npm, evaluated inside the page so the
/// content security policy stays as users get it), and that the page never scrolls sideways.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    `
                + v.nodes.slice(0, 5).map(n => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n    '));
        }
        """;

    // The elements that stick out to the right, to say where the overflow comes from.
    private const string Overflow = """
        () => {
            const width = window.innerWidth;
            if (document.scrollingElement.scrollWidth <= width) return [];
            return [`scrollWidth ${document.scrollingElement.scrollWidth} > innerWidth ${width}`,
                ...[...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0)
                    .slice(0, 8)
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(e.getBoundingClientRect().right)}`)];
        }
        """;

    /// <summary>The axe-core violations on the page as it is now, one line per rule with up to five elements.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(Axe.Value);
        return await page.EvaluateAsync<string[]>(Run);
    }

    /// <summary>Empty when the page fits the window's width; otherwise the widths and the elements that stick out.</summary>
    public static async Task<IReadOnlyList<string>> OverflowAsync(IPage page) => await page.EvaluateAsync<string[]>(Overflow);
}
