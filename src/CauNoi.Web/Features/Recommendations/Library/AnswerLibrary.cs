using System.Text;
using System.Text.RegularExpressions;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations.Library;

/// <summary>
/// The library of answers (thư viện câu trả lời): every answered recommendation, from every
/// province, readable by every signed-in user so that a locality finds how the same obstacle was
/// answered elsewhere before raising it again. It shows what was asked and answered, never who
/// asked (no contact details, no commune, no submitter).
/// </summary>
public static class AnswerLibrary
{
    public const int PageSize = 20;

    public sealed record Entry(
        int Id, string Title, string Content, int FieldId, string FieldName, string ProvinceCode, string ProvinceName, string Answer, DateOnly? AnsweredOn)
    {
        public string Number => Recommendation.FormatNumber(Id);
    }

    /// <summary>
    /// Answered and closed recommendations, newest answer first, searched without diacritics over
    /// title and content (the folded SearchName) and over the answer, whose stored text is not folded:
    /// the query is turned into a pattern that matches every diacritic and case of its letters
    /// ("dien" → [dđDĐ][iìíỉĩị…][eèéẻẽẹêềếểễệ…][nN]), which both PostgreSQL and SQLite run as a regular expression.
    /// </summary>
    public static IQueryable<Entry> Search(CauNoiDb db, string? q, int? fieldId)
    {
        var answered = db.Recommendations.Where(r => (r.Status == S.Answered || r.Status == S.Closed) && r.Answer != null);
        if (fieldId is { } field) answered = answered.Where(r => r.FieldId == field);
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0)
        {
            var like = VietnameseText.LikeContains(folded);
            var pattern = AnyDiacritics(folded);
            answered = answered.Where(r => EF.Functions.Like(r.SearchName, like, "\\") || Regex.IsMatch(r.Answer!, pattern));
        }
        return from r in answered
               join p in db.Provinces on r.ProvinceCode equals p.Code
               join f in db.FieldsOfWork on r.FieldId equals f.Id
               orderby r.AnsweredOn descending, r.Id descending
               select new Entry(r.Id, r.Title, r.Content, r.FieldId, f.Name, r.ProvinceCode, p.Name, r.Answer!, r.AnsweredOn);
    }

    /// <summary>A regular expression matching the folded text in any diacritics and case, in the syntax PostgreSQL and .NET share.</summary>
    public static string AnyDiacritics(string folded)
    {
        var sb = new StringBuilder();
        foreach (var c in folded)
        {
            if (c == ' ') sb.Append(@"\s+");
            else if (Variants.TryGetValue(c, out var variants)) sb.Append('[').Append(variants).Append(']');
            else if (@"\^$.|?*+()[]{}".Contains(c)) sb.Append('\\').Append(c);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>For each base letter, every letter that folds to it: a → aàáảãạăằắẳẵặâầấẩẫậAÀÁ…, d → dđDĐ.</summary>
    private static readonly Dictionary<char, string> Variants = Enumerable.Range(0x41, 0x250 - 0x41).Concat(Enumerable.Range(0x1E00, 0x100))
        .Select(i => (char)i)
        .Where(char.IsLetter)
        .Select(c => (Letter: c, Base: VietnameseText.Fold(c.ToString())))
        .Where(x => x.Base.Length == 1 && char.IsAsciiLetterLower(x.Base[0]))
        .GroupBy(x => x.Base[0])
        .ToDictionary(g => g.Key, g => string.Concat(g.Select(x => x.Letter)));
}
