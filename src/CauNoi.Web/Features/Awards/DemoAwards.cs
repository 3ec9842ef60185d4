using CauNoi.Web.Features.Promotion;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// The demo data set of the selection of typical rural industrial products (seed 003: in 2023, 173 national products from
/// 54 provinces), made up and marked <c>IsDemo</c>, with "(dữ liệu minh họa)" in the rounds' and councils' names and the
/// label in each nomination's description:
/// <list type="bullet">
/// <item>2023: the provincial rounds of the former provinces that took part, the three regional rounds and the national
/// round, each closed by its council, every national product with its chain provincial → regional → national. The
/// national and regional councils hold every member's sheet (the regional ones a few "n/a" lines, a member of a
/// department not scoring their own province's products); the provincial councils carry their frozen results only, as
/// recorded from their minutes (<see cref="ProvincialSheets"/>): their members' accounts do not exist in the demo.</item>
/// <item>This year: Hà Nội's provincial round open for nominations, with a few, and its council with no members yet, dated
/// from the clock so that its deadline is always ahead (<see cref="DemoAwardsBuilder"/>).</item>
/// </list>
/// One seeded <see cref="Random"/>: the same data every time for the same day (the 2023 rounds whatever the day). Written
/// by the bulk path without tracking.
/// </summary>
public static class DemoAwards
{
    public const int Seed = 2023_0173;
    public const int NationalProducts = 173, NationalProvinces = 54;
    /// <summary>The pass mark at every level: the 70 of 100 points reported for the provincial rounds (unconfirmed above them).</summary>
    public const decimal PassMark = 70;
    /// <summary>Whether the provincial councils hold their members' sheets: they do not (see the class summary).</summary>
    public const bool ProvincialSheets = false;
    public const string NationalSeries = "CNNTTB-QG-2023";

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.AwardRounds.AnyAsync(r => r.IsDemo, ct)) return;
        var world = await DemoPromotionWorld.LoadAsync(db, ct);
        if (world is null) return;
        var built = new DemoAwardsBuilder(new Random(Seed), world, VietnamTime.Today(clock)).Build();
        await DemoCouncilWriter.WriteAsync(db, built.Councils, ct, async () =>
        {
            foreach (var (round, council) in built.CouncilOf) round.CouncilId = council.Id;
            var roundKeys = await db.DrawKeysAsync<AwardRound>(built.Rounds.Count, ct);
            for (var i = 0; i < built.Rounds.Count; i++) built.Rounds[i].Id = (int)roundKeys[i];
            // Provincial first, then regional, then national: each names the one below it.
            var nominations = built.Rounds.OrderBy(r => r.Level).SelectMany(r => r.Nominations.Select(n => { n.RoundId = r.Id; return n; })).ToList();
            var keys = await db.DrawKeysAsync<Nomination>(nominations.Count, ct);
            for (var i = 0; i < nominations.Count; i++)
                (nominations[i].Id, nominations[i].SearchName) = ((int)keys[i], VietnameseText.Fold(nominations[i].SearchSource));
            foreach (var (nomination, previous) in built.Previous) nomination.PreviousNominationId = previous.Id;
            await db.InsertInBulkAsync(built.Rounds, ct, withKeys: true);
            await db.InsertInBulkAsync(nominations, ct, withKeys: true);
        });
    }
}
