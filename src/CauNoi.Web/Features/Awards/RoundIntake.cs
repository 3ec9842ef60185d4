using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Awards;

/// <summary>A new round as a page or the API sends it.</summary>
/// <param name="ProvinceCode">A provincial round's province (a department's own when left blank).</param>
/// <param name="Region">A regional round's region: North, Centre, South.</param>
/// <param name="PassMark">Out of 100; 70 when left blank (the provincial mark as reported).</param>
/// <param name="Places">How many the round recognises at most; none: every product that passes.</param>
/// <param name="CertificateSeries">The certificates' series; "CNNTTB-{tỉnh|KV…|QG}-{năm}" when left blank.</param>
public sealed record RoundInput(int? Year, AwardLevel? Level, string? ProvinceCode, Region? Region, string? Title,
    DateOnly? NominationDeadline, DateOnly? ScoringDeadline, decimal? PassMark, int? Places, TieBreak? TieBreak, string? CertificateSeries);

/// <summary>
/// Creates a round with its council: the council is run by the round's runner, has the round's pass mark, tie-break rule
/// and scoring deadline, and starts with the selection's four criteria groups (<see cref="AwardCriteria"/>). Saved once by the caller.
/// </summary>
public static class RoundIntake
{
    public const decimal DefaultPassMark = 70;

    public static async Task<(AwardRound? Round, FieldErrors Errors)> CheckAsync(CauNoiDb db, Runner runner, RoundInput input, DateTime at, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var actor = runner.Actor;
        var year = input.Year ?? 0;
        if (year is < 2000 or > 2100) errors.Add(nameof(input.Year), "Nhập năm bình chọn (từ 2000 đến 2100).");
        if (input.Level is not { } level || !Enum.IsDefined(level)) { errors.Add(nameof(input.Level), "Chọn cấp bình chọn: Provincial (cấp tỉnh), Regional (cấp khu vực) hoặc National (cấp quốc gia)."); return (null, errors); }
        string? province = null;
        Region? region = null;
        if (level == AwardLevel.Provincial)
        {
            province = string.IsNullOrWhiteSpace(input.ProvinceCode) ? actor.ProvinceCode : input.ProvinceCode.Trim();
            if (province is null || !await db.Provinces.AnyAsync(p => p.Code == province, ct)) { errors.Add(nameof(input.ProvinceCode), "Chọn tỉnh, thành phố của đợt bình chọn cấp tỉnh."); return (null, errors); }
        }
        else if (level == AwardLevel.Regional)
        {
            if (input.Region is not { } r || !Enum.IsDefined(r)) { errors.Add(nameof(input.Region), "Chọn khu vực của đợt bình chọn cấp khu vực: North (phía Bắc), Centre (miền Trung) hoặc South (phía Nam)."); return (null, errors); }
            region = r;
        }
        if (level != AwardLevel.Provincial && !string.IsNullOrWhiteSpace(input.ProvinceCode)) errors.Add(nameof(input.ProvinceCode), "Chỉ đợt bình chọn cấp tỉnh mới gắn với một tỉnh.");
        if (level != AwardLevel.Regional && input.Region is not null) errors.Add(nameof(input.Region), "Chỉ đợt bình chọn cấp khu vực mới gắn với một khu vực.");
        if (!AwardScope.MayRun(actor, level, province, runner.OwningUnitId)) throw new WorkflowRefusal(RoundLifecycle.Forbidden, forbidden: true);

        var title = CleanText.Of(input.Title, nameof(input.Title), "Tên đợt bình chọn", AwardRoundConfiguration.TitleLength, required: false, errors)
            ?? await DefaultTitleAsync(db, level, province, region, input.Year ?? 0, ct);
        if (input.NominationDeadline is null) errors.Add(nameof(input.NominationDeadline), "Nhập hạn nhận hồ sơ đề nghị bình chọn.");
        if (input.ScoringDeadline is null) errors.Add(nameof(input.ScoringDeadline), "Nhập hạn Hội đồng chấm điểm.");
        else if (input.NominationDeadline is { } n && input.ScoringDeadline < n)
            errors.Add(nameof(input.ScoringDeadline), $"Hạn chấm điểm ({Display.Date(input.ScoringDeadline)}) không được trước hạn nhận hồ sơ ({Display.Date(n)}).");
        var passMark = input.PassMark ?? DefaultPassMark;
        if (passMark is <= 0 or > 100) errors.Add(nameof(input.PassMark), "Điểm đạt phải lớn hơn 0 và không quá 100 điểm.");
        if (input.Places is <= 0) errors.Add(nameof(input.Places), "Số sản phẩm được công nhận tối đa phải lớn hơn 0 (để trống nếu không giới hạn).");
        var tieBreak = input.TieBreak ?? TieBreak.CriteriaInOrder;
        if (!Enum.IsDefined(tieBreak)) errors.Add(nameof(input.TieBreak), "Chọn cách xếp hạng khi bằng điểm: CriteriaInOrder hoặc SharedRank.");
        var series = CleanText.Of(input.CertificateSeries, nameof(input.CertificateSeries), "Ký hiệu số giấy chứng nhận", AwardRoundConfiguration.SeriesLength, required: false, errors)?.ToUpperInvariant();
        if (series is not null && await db.AwardRounds.AnyAsync(r => r.CertificateSeries == series, ct))
            errors.Add(nameof(input.CertificateSeries), $"Ký hiệu \"{series}\" đã được dùng cho đợt bình chọn khác.");
        if (errors.Count > 0) return (null, errors);

        series ??= await FreeSeriesAsync(db, level, province, region, year, ct);
        var organisationId = level == AwardLevel.Provincial
            ? await db.Organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ProvinceCode == province).Select(o => o.Id).FirstAsync(ct)
            : runner.OwningUnitId;
        var council = new Council
        {
            Name = "Hội đồng " + LowerFirst(title!), Purpose = CouncilPurpose.ProductSelection, OrganisationId = organisationId,
            ProvinceCode = province, PassMark = passMark, TieBreak = tieBreak, ScoringDeadline = input.ScoringDeadline,
            CreatedById = actor.UserId, CreatedAt = at, Criteria = AwardCriteria.ForNewCouncil(),
        };
        db.Councils.Add(council);
        var round = new AwardRound
        {
            Year = year, Level = level, ProvinceCode = province, Region = region, Title = title!,
            NominationDeadline = input.NominationDeadline!.Value, ScoringDeadline = input.ScoringDeadline!.Value,
            PassMark = passMark, Places = input.Places, TieBreak = tieBreak, CertificateSeries = series,
            CreatedById = actor.UserId, CreatedAt = at, UpdatedAt = at,
        };
        // The round names its council by key only: the council's temporary key, which the save replaces in both.
        db.AwardRounds.Add(round);
        db.Entry(round).Property(r => r.CouncilId).CurrentValue = db.Entry(council).Property(c => c.Id).CurrentValue;
        return (round, errors);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];

    /// <summary>"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh Thành phố Hà Nội năm 2055".</summary>
    private static async Task<string> DefaultTitleAsync(CauNoiDb db, AwardLevel level, string? province, Region? region, int year, CancellationToken ct)
    {
        var place = level switch
        {
            AwardLevel.Provincial => " " + await db.Provinces.Where(p => p.Code == province).Select(p => p.Name).FirstAsync(ct),
            AwardLevel.Regional => " " + Regions.Name(region!.Value).ToLower(VietnameseText.Culture),
            _ => "",
        };
        return $"Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu {AwardNames.Of(level).ToLower(VietnameseText.Culture)}{place} năm {year}";
    }

    /// <summary>"CNNTTB-01-2055", "CNNTTB-KVB-2055", "CNNTTB-QG-2055"; "-2", "-3"… after it when the series is taken.</summary>
    private static async Task<string> FreeSeriesAsync(CauNoiDb db, AwardLevel level, string? province, Region? region, int year, CancellationToken ct)
    {
        var place = level switch
        {
            AwardLevel.Provincial => province,
            AwardLevel.Regional => region switch { Region.North => "KVB", Region.Centre => "KVT", _ => "KVN" },
            _ => "QG",
        };
        var stem = $"CNNTTB-{place}-{year}";
        var taken = await db.AwardRounds.Where(r => r.CertificateSeries.StartsWith(stem)).Select(r => r.CertificateSeries).ToListAsync(ct);
        if (!taken.Contains(stem)) return stem;
        var n = 2;
        while (taken.Contains($"{stem}-{n}")) n++;
        return $"{stem}-{n}";
    }
}
