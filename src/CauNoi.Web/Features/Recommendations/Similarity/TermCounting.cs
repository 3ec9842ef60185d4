namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// Keeps the term statistics (<see cref="SimilarityTerm"/>, <see cref="SimilarityCorpus"/>) in step with the
/// recommendations, so that a term's rarity is known across the whole country without reading the table per request:
/// before ranking, the recommendations stored since the last count (id above <see cref="SimilarityCorpus.CountedThrough"/>)
/// are read and their terms added, whatever wrote them (a form, an import, a bulk load). Edits of a stored text are
/// not recounted, nor a record committed after a higher id was counted: a few documents more or less do not move a
/// rarity measured over thousands.
/// </summary>
public static class TermCounting
{
    public const int Batch = 1000;
    /// <summary>A request counts at most this many records before ranking; a large backlog (a first start) is worked off over several.</summary>
    public const int MaxPerRequest = 20 * Batch;
    private const int TermsPerStatement = 400;

    public static async Task CatchUpAsync(CauNoiDb db, CancellationToken ct)
    {
        for (var counted = 0; counted < MaxPerRequest; counted += Batch)
            if (!await CountBatchAsync(db, ct)) return;
    }

    /// <summary>Counts the next batch; false when there was nothing left to count, or another request was counting it.</summary>
    private static async Task<bool> CountBatchAsync(CauNoiDb db, CancellationToken ct)
    {
        var corpus = db.Set<SimilarityCorpus>();
        if (await corpus.Where(c => c.Id == SimilarityCorpus.TheRow).Select(c => (int?)c.CountedThrough).FirstOrDefaultAsync(ct) is not { } through)
        {
            // The first count: two requests may both find no row, and both may make it.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "SimilarityCorpus" ("Id", "Documents", "Words", "CountedThrough") VALUES ({SimilarityCorpus.TheRow}, 0, 0, 0) ON CONFLICT ("Id") DO NOTHING""", ct);
            through = 0;
        }
        var texts = await db.Recommendations.Where(r => r.Id > through).OrderBy(r => r.Id).Take(Batch)
            .Select(r => new { r.Id, Text = r.SearchName.Substring(0, Terms.ReadChars) }).ToListAsync(ct);
        if (texts.Count == 0) return false;

        var documents = new Dictionary<string, long>();
        long words = 0;
        foreach (var text in texts)
        {
            var terms = Terms.Of(text.Text);
            words += terms.Words;
            foreach (var term in terms.Frequencies.Keys) documents[term] = documents.GetValueOrDefault(term) + 1;
        }

        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // Claimed first: a second request counting the same batch waits here on the row, then finds it taken and stops.
        var last = texts[^1].Id;
        var claimed = await corpus.Where(c => c.Id == SimilarityCorpus.TheRow && c.CountedThrough == through)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CountedThrough, last)
                .SetProperty(c => c.Documents, c => c.Documents + texts.Count)
                .SetProperty(c => c.Words, c => c.Words + words), ct);
        if (claimed == 0) return false;
        // In one order always, so that two writers never wait on each other's rows crosswise.
        foreach (var chunk in documents.OrderBy(p => p.Key, StringComparer.Ordinal).Chunk(TermsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{2 * i}}}, {{{2 * i + 1}}})"));
            var parameters = chunk.SelectMany(p => new object[] { p.Key, p.Value }).ToArray();
#pragma warning disable EF1002 // the text holds only numbered placeholders; every value is a parameter
            await db.Database.ExecuteSqlRawAsync(
                $"""INSERT INTO "SimilarityTerms" ("Term", "Documents") VALUES {values} ON CONFLICT ("Term") DO UPDATE SET "Documents" = "SimilarityTerms"."Documents" + excluded."Documents" """,
                parameters, ct);
#pragma warning restore EF1002
        }
        if (tx is not null) await tx.CommitAsync(ct);
        return texts.Count == Batch;
    }

    /// <summary>The statistics of the given terms only: one indexed look-up, whatever the number of recommendations.</summary>
    public static async Task<CorpusStatistics> ForAsync(CauNoiDb db, IEnumerable<string> terms, CancellationToken ct)
    {
        var totals = await db.Set<SimilarityCorpus>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == SimilarityCorpus.TheRow, ct)
            ?? new SimilarityCorpus { Id = SimilarityCorpus.TheRow };
        var documentsWith = new Dictionary<string, long>();
        foreach (var chunk in terms.Chunk(TermsPerStatement * 2))
            foreach (var t in await db.Set<SimilarityTerm>().AsNoTracking().Where(t => chunk.Contains(t.Term)).ToListAsync(ct))
                documentsWith[t.Term] = t.Documents;
        return new CorpusStatistics(totals.Documents, totals.Documents == 0 ? 1 : (double)totals.Words / totals.Documents, documentsWith);
    }
}
