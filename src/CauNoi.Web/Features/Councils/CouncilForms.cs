using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Features.Councils;

/// <summary>The council pages' forms, turned into the API's inputs so that both go through the same rules (<see cref="CouncilWork"/>).</summary>
public static class CouncilForms
{
    public sealed class MemberModel
    {
        public string? User { get; set; }
        public string? Name { get; set; }
        public string? Role { get; set; }
    }

    public sealed class CriterionModel
    {
        public int? Id { get; set; }
        public string? Group { get; set; }
        public string? Name { get; set; }
        public string? MaxPoints { get; set; }
        public string? Weight { get; set; }
        /// <summary>Ticked, the criterion leaves the form (a blank new line is left out too).</summary>
        public bool Remove { get; set; }
    }

    public sealed class CriteriaModel
    {
        public List<CriterionModel> Criteria { get; set; } = [];
        public string? PassMark { get; set; }
        public TieBreak TieBreak { get; set; } = TieBreak.CriteriaInOrder;
        public DateOnly? ScoringDeadline { get; set; }
        public int? Version { get; set; }
    }

    public sealed class ConflictModel
    {
        public int EntryId { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class LineModel
    {
        public int CriterionId { get; set; }
        public string? Points { get; set; }
        public bool NotApplicable { get; set; }
    }

    public sealed class SheetModel
    {
        public List<LineModel> Lines { get; set; } = [];
        public string? Comment { get; set; }
        public int? Version { get; set; }
    }

    /// <summary>A number as typed: "7,5" (the Vietnamese way) or "7.5"; blank is none. A number not understood is told under the field.</summary>
    public static decimal? Number(string? text, string field, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace(" ", "");
        // "1.000,5" and "1000.5" alike: the last separator is the decimal one.
        var comma = t.LastIndexOf(','); var dot = t.LastIndexOf('.');
        t = comma > dot ? t.Replace(".", "").Replace(',', '.') : t.Replace(",", "");
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        state.AddModelError(field, "Nhập một số, ví dụ 7,5.");
        return null;
    }

    public static MemberInput Member(MemberModel m) => new(m.User, m.Name, m.Role);

    public static CriteriaInput Criteria(CriteriaModel m, ModelStateDictionary state) =>
        new([.. m.Criteria.Select((c, i) => (c, i)).Where(x => !x.c.Remove && (x.c.Id is not null || !string.IsNullOrWhiteSpace(x.c.Name)))
                .Select((x, order) => new CriterionInput(x.c.Id, order + 1, x.c.Group, x.c.Name,
                    Number(x.c.MaxPoints, $"Criteria.Criteria[{x.i}].MaxPoints", state), Number(x.c.Weight, $"Criteria.Criteria[{x.i}].Weight", state)))],
            Number(m.PassMark, "Criteria.PassMark", state), m.TieBreak, m.ScoringDeadline, m.Version);

    public static SheetInput Sheet(SheetModel m, ModelStateDictionary state) =>
        new([.. m.Lines.Select((l, i) => new LineInput(l.CriterionId, l.NotApplicable ? null : Number(l.Points, $"Sheet.Lines[{i}].Points", state), l.NotApplicable))],
            m.Comment, m.Version);

    /// <summary>Points as the form shows them again: "7,5".</summary>
    public static string Points(decimal? p) => p is { } v ? v.ToString("0.##", VietnameseText.Culture) : "";
}
