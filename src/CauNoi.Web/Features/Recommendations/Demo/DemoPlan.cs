namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>One recommendation of the demo year before it is written: who, when, how, about what.</summary>
public sealed class DemoPlanned
{
    public required DemoProvince Province { get; init; }
    public DemoCommune? Commune { get; set; }
    /// <summary>The day it was received; a conference's records are entered a few days later.</summary>
    public required DateOnly Day { get; init; }
    public required DateTime SubmitAt { get; init; }
    public required Channel Channel { get; init; }
    public string? ConferenceName { get; init; }
    public required DemoTopic Topic { get; set; }
    public required DemoScene Scene { get; set; }
    public Urgency Urgency { get; init; }
    public required string ContactName { get; init; }
    /// <summary>An earlier record of the province raising the same thing: this one is merged into it.</summary>
    public DemoPlanned? DuplicateOf { get; set; }
    /// <summary>Left unanswered: these make the overdue list.</summary>
    public bool Stalled { get; set; }
    public string Title { get; set; } = "";
    public Recommendation? Record { get; set; }
    public DateTime? MergeAt { get; set; }
}

/// <summary>
/// How the year is spread: more from the big provinces, more in recent weeks and after the
/// reorganisation of 1 July 2025, fields weighted by what localities raise, mostly on the web,
/// a regional conference with many at once, and the focal leaders' working visits.
/// </summary>
public static class DemoPlan
{
    public static readonly DateOnly FirstVisits = new(2025, 7, 31);

    private static readonly Dictionary<string, double> ProvinceWeights = new()
    {
        ["01"] = 10, ["79"] = 10, ["31"] = 6, ["48"] = 5, ["24"] = 5, ["75"] = 4.5, ["92"] = 4, ["38"] = 4, ["40"] = 4, ["22"] = 4,
        ["33"] = 3.5, ["37"] = 3.5, ["25"] = 3.5, ["80"] = 3, ["56"] = 3, ["52"] = 3, ["68"] = 3, ["66"] = 3, ["91"] = 3, ["82"] = 3,
        ["86"] = 3, ["19"] = 3, ["51"] = 2.5, ["15"] = 2.5, ["08"] = 2.5, ["46"] = 2.5, ["44"] = 2.5, ["42"] = 2.5, ["96"] = 2.5,
        ["14"] = 2, ["20"] = 2, ["04"] = 1.5, ["11"] = 1.5, ["12"] = 1.2,
    };

    private static readonly Dictionary<string, double> FieldWeights = new()
    {
        ["CCN"] = 15, ["NL"] = 13, ["TTHC"] = 12, ["QLTT"] = 8, ["KC"] = 8, ["TCBM"] = 7, ["TMTN"] = 7, ["XTTM"] = 6, ["CN"] = 5,
        ["ATMT"] = 3, ["HC"] = 3, ["XNK"] = 3, ["TMDT"] = 3, ["QPPL"] = 3, ["KHAC"] = 3, ["PVTM"] = 1,
    };

    public static List<DemoPlanned> Make(DemoWorld w, Random rng, int size, DateTime now)
    {
        var today = VietnamTime.DayOf(now);
        // Today counts once the office day has begun.
        var last = DemoTime.LocalMinutes(now) >= 9 * 60 ? today : today.AddDays(-1);
        var first = today.AddDays(-364);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToArray();
        var dayWeights = days.Select((d, i) => DayWeight(w, d, i, days.Length)).ToArray();

        var (northernName, northernDay) = NorthernConference(w, today);
        var northern = new DemoConference(northernName, northernDay, IsNorthern, 0.045);
        var national = new DemoConference(NationalConference, new DateOnly(2025, 7, 30), _ => true, 0.02);
        var conferences = new[] { northern, national }.Where(c => c.Day >= first && c.Day <= last).ToList();
        var visits = w.Provinces.ToDictionary(p => p.Code, p => VisitDays(w, rng, Max(first, FirstVisits), last.AddDays(-2)));

        var plans = new List<DemoPlanned>(size);
        foreach (var (province, quota) in Quotas(w, size))
            for (var i = 0; i < quota; i++)
                plans.Add(Plan(w, rng, province, days, dayWeights, conferences, visits[province.Code], size, now, last));
        plans.Sort((a, b) => a.SubmitAt.CompareTo(b.SubmitAt));

        MarkDuplicates(rng, plans);
        MarkStalled(rng, plans, today);
        return plans;
    }

    private sealed record DemoConference(string Name, DateOnly Day, Func<DemoProvince, bool> Invites, double Share);

    /// <summary>
    /// What the provinces raised at a conference of the meetings register older than the demo's year (DemoMeetings): one
    /// record for each province in turn, each a topic the province might raise that day, recorded a few days after it.
    /// </summary>
    public static List<DemoPlanned> AtConference(DemoWorld w, Random rng, string name, DateOnly day, IReadOnlyList<DemoProvince> provinces, int count)
    {
        var plans = new List<DemoPlanned>(count);
        for (var i = 0; plans.Count < count && i < count * 20; i++)
        {
            var province = provinces[plans.Count % provinces.Count];
            var topic = PickTopic(w, rng, province, day);
            var commune = PickCommune(rng, province, topic, Channel.Conference, day);
            if (topic.Level == DemoLevel.Commune && commune is null) continue;
            plans.Add(new DemoPlanned
            {
                Province = province, Commune = commune, Day = day, Channel = Channel.Conference, ConferenceName = name,
                SubmitAt = DemoTime.Utc(w.Calendar.Deadline(day, rng.Next(1, 4)), rng.Next(8 * 60, 17 * 60)),
                Topic = topic, Scene = DemoScene.Create(rng, province, commune, day), Urgency = Urgency.Normal, ContactName = DemoNames.Person(rng.Next(100, 700)),
            });
        }
        return plans;
    }

    public const string NationalConference = "Hội nghị Bộ Công Thương với các Sở Công Thương về triển khai mô hình chính quyền địa phương 2 cấp";

    /// <summary>The provinces the Northern conference invites.</summary>
    public static bool IsNorthern(DemoProvince p) => AdminUnits.Regions.Of(p.Code) == AdminUnits.Region.North;

    /// <summary>This year's Northern regional conference: a Thursday or Friday about eighty days ago.</summary>
    public static (string Name, DateOnly Day) NorthernConference(DemoWorld w, DateOnly today)
    {
        var day = ConferenceDay(w, today.AddDays(-80));
        return ($"Hội nghị ngành Công Thương các tỉnh, thành phố khu vực phía Bắc năm {day.Year}", day);
    }

    private static DemoPlanned Plan(DemoWorld w, Random rng, DemoProvince province, DateOnly[] days, double[] dayWeights,
        List<DemoConference> conferences, List<DateOnly> visits, int size, DateTime now, DateOnly last)
    {
        while (true)
        {
            var conference = conferences.FirstOrDefault(c => c.Invites(province) && rng.NextDouble() < c.Share * size / Invited(w, c, size));
            var (channel, day) = conference is not null ? (Channel.Conference, conference.Day)
                : visits.Count > 0 && rng.NextDouble() < 0.045 ? (Channel.WorkingVisit, visits[rng.Next(visits.Count)])
                : (PickChannel(rng), days[Sample(rng, dayWeights)]);
            if (channel is not Channel.Web && !w.Calendar.IsWorkingDay(day)) day = WorkingDayBefore(w, day);

            var topic = PickTopic(w, rng, province, day);
            var commune = PickCommune(rng, province, topic, channel, day);
            if (topic.Level == DemoLevel.Commune && commune is null) continue;

            var submitAt = channel switch
            {
                Channel.Web => DemoTime.Utc(day, rng.Next(10) < 8 ? rng.Next(7 * 60 + 30, 17 * 60) : rng.Next(17 * 60, 22 * 60)),
                Channel.Conference or Channel.WorkingVisit => DemoTime.Utc(w.Calendar.Deadline(day, rng.Next(1, 4)), rng.Next(8 * 60, 17 * 60)),
                _ => DemoTime.Utc(day, rng.Next(7 * 60 + 45, 16 * 60 + 45)),
            };
            if (submitAt > now) continue;
            return new DemoPlanned
            {
                Province = province, Commune = commune, Day = day, SubmitAt = submitAt, Channel = channel, ConferenceName = conference?.Name,
                Topic = topic, Scene = DemoScene.Create(rng, province, commune, day),
                Urgency = rng.NextDouble() switch { < 0.03 => Urgency.VeryUrgent, < 0.16 => Urgency.Urgent, _ => Urgency.Normal },
                ContactName = DemoNames.Person(rng.Next(100, 700)),
            };
        }
    }

    /// <summary>How many planned records a conference's provinces have in all, to turn the right share of them into conference ones.</summary>
    private static double Invited(DemoWorld w, DemoConference c, int size)
    {
        var total = w.Provinces.Sum(p => ProvinceWeights.GetValueOrDefault(p.Code, 2));
        return Math.Max(1, size * w.Provinces.Where(c.Invites).Sum(p => ProvinceWeights.GetValueOrDefault(p.Code, 2)) / total);
    }

    /// <summary>Every province at least once, the rest by weight (largest remainder), so even a small set covers the country.</summary>
    private static IEnumerable<(DemoProvince, int)> Quotas(DemoWorld w, int size)
    {
        var provinces = w.Provinces;
        var baseline = size >= provinces.Count ? 1 : 0;
        var rest = size - baseline * provinces.Count;
        var weights = provinces.Select(p => ProvinceWeights.GetValueOrDefault(p.Code, 2)).ToArray();
        var exact = weights.Select(x => rest * x / weights.Sum()).ToArray();
        var quotas = exact.Select(x => (int)Math.Floor(x)).ToArray();
        foreach (var i in Enumerable.Range(0, provinces.Count).OrderByDescending(i => exact[i] - quotas[i]).Take(rest - quotas.Sum()))
            quotas[i]++;
        return provinces.Select((p, i) => (p, quotas[i] + baseline));
    }

    private static double DayWeight(DemoWorld w, DateOnly day, int index, int count)
    {
        var weight = 0.6 + 0.8 * index / count;                                  // the system is used more and more
        if (index >= count - 42) weight *= 1.5;                                   // recent weeks busier
        if (day >= DemoScene.Reform && day < DemoScene.Reform.AddMonths(3)) weight *= 1.4;  // the first months of the two-level model
        if (day < DemoScene.Reform) weight *= 0.6;
        return w.Calendar.IsWorkingDay(day) ? weight : weight * 0.06;
    }

    private static Channel PickChannel(Random rng) => rng.NextDouble() switch
    {
        < 0.76 => Channel.Web, < 0.83 => Channel.Hotline, < 0.92 => Channel.Letter, _ => Channel.Email,
    };

    private static DemoTopic PickTopic(DemoWorld w, Random rng, DemoProvince province, DateOnly day)
    {
        var topics = DemoTopic.All.Where(t => w.Fields.ContainsKey(t.Field) && (!t.AfterReform || day >= DemoScene.Reform)
            && (t.Applies?.Invoke(province) ?? true) && (t.Level != DemoLevel.Commune || day >= DemoScene.Reform)).ToList();
        var byField = topics.GroupBy(t => t.Field).ToList();
        var field = byField[Sample(rng, byField.Select(g => FieldWeight(g.Key, day)).ToArray())].ToList();
        return field[Sample(rng, field.Select(t => t.Season.Contains(day.Month) ? 2.0 : 1.0).ToArray())];
    }

    private static double FieldWeight(string field, DateOnly day)
    {
        var weight = FieldWeights.GetValueOrDefault(field, 2);
        var early = day >= DemoScene.Reform && day < DemoScene.Reform.AddMonths(4);
        if (field is "TTHC" or "TCBM" && early) weight *= 1.5;                   // new procedures and offices after 1 July 2025
        if (field is "TMTN" or "QLTT" && day.Month is 12 or 1 or 2) weight *= 1.5;  // Tết
        if (field is "NL" && day.Month is >= 4 and <= 7) weight *= 1.4;          // the hot season
        return weight;
    }

    private static DemoCommune? PickCommune(Random rng, DemoProvince province, DemoTopic topic, Channel channel, DateOnly day)
    {
        if (topic.Level == DemoLevel.Province || day < DemoScene.Reform) return null;
        // In Hà Nội often the two inner-city wards whose demo accounts (xa.hoankiem, xa.badinh) then see their own.
        var wards = province.Code == "01" && !topic.Rural;
        var share = channel switch { Channel.Web => wards ? 0.7 : 0.45, Channel.Hotline => 0.3, _ => 0.1 };
        if (topic.Level == DemoLevel.Either && rng.NextDouble() >= share) return null;
        var communes = province.Communes;
        var rural = communes.Where(c => c.Type != "phường").ToList();
        if (topic.Rural && rural.Count > 0) return rural[rng.Next(rural.Count)];
        if (wards && rng.NextDouble() < 0.6)
        {
            var code = rng.Next(2) == 0 ? "00070" : "00004";
            return communes.FirstOrDefault(c => c.Code == code) ?? communes[rng.Next(communes.Count)];
        }
        return communes[rng.Next(communes.Count)];
    }

    /// <summary>About one in fifty repeats what its province raised in the last weeks, and is merged into it.</summary>
    private static void MarkDuplicates(Random rng, List<DemoPlanned> plans)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            var p = plans[i];
            if (p.Channel == Channel.Conference || rng.NextDouble() >= 0.022) continue;
            var earlier = plans.Take(i).Where(o => o.Province == p.Province && o.DuplicateOf is null && o.Day < p.Day && o.Day >= p.Day.AddDays(-40)).ToList();
            if (earlier.Count == 0) continue;
            var original = earlier[rng.Next(earlier.Count)];
            (p.DuplicateOf, p.Topic, p.Scene, p.Commune) = (original, original.Topic, original.Scene, original.Commune);
        }
    }

    /// <summary>Some recent ones stall, and at least a few received one to three months ago, so that today has overdue items.</summary>
    private static void MarkStalled(Random rng, List<DemoPlanned> plans, DateOnly today)
    {
        foreach (var p in plans.Where(p => p.DuplicateOf is null))
            p.Stalled = rng.NextDouble() < (p.Day >= today.AddDays(-120) ? 0.035 : 0.008);
        var window = plans.Where(p => p.DuplicateOf is null && p.Day >= today.AddDays(-90) && p.Day <= today.AddDays(-35)).ToList();
        for (var k = Math.Max(3, plans.Count / 100) - window.Count(p => p.Stalled); k > 0 && window.Count > 0; k--)
            window[rng.Next(window.Count)].Stalled = true;
    }

    private static List<DateOnly> VisitDays(DemoWorld w, Random rng, DateOnly from, DateOnly to)
    {
        if (to <= from) return [];
        return Enumerable.Range(0, rng.Next(2, 4))
            .Select(_ => WorkingDayBefore(w, from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1)))).Where(d => d >= from).Distinct().ToList();
    }

    private static DateOnly ConferenceDay(DemoWorld w, DateOnly around)
    {
        var day = WorkingDayBefore(w, around);
        while (day.DayOfWeek is not (DayOfWeek.Thursday or DayOfWeek.Friday) || !w.Calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    private static DateOnly WorkingDayBefore(DemoWorld w, DateOnly day)
    {
        while (!w.Calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static int Sample(Random rng, double[] weights)
    {
        var x = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
            if ((x -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }
}
