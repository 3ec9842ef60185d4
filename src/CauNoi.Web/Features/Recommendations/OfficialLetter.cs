using System.Text.RegularExpressions;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// The official letter (công văn) that carries the Ministry's answer: who signed it, its reference number and date,
/// and the signed letter as a PDF attached to the record. An answer is the Ministry's official reply, so the number
/// and the signer are required; the date is the day of answering unless told; the scan is optional, because the
/// signed letter is often scanned after the reply is sent and the text already answers the locality.
/// </summary>
public sealed partial record OfficialLetter(string SignerName, string SignerTitle, string Number, DateOnly Date, Guid? FileId)
{
    public const int NameLength = 200, TitleLength = 200, NumberLength = 50;

    /// <summary>
    /// As Decree 30/2020/NĐ-CP writes it: the letter's number, "/", the issuer's (and for a letter the drafting unit's)
    /// abbreviation in capitals joined by "-", with the year between for documents that carry it: 1234/BCT-CCT,
    /// 56/2025/TT-BCT, 789/BCT-ĐTĐL.
    /// </summary>
    [GeneratedRegex(@"^\d{1,6}(/\d{4})?/\p{Lu}[\p{Lu}\d]*([-/.&]\p{Lu}[\p{Lu}\d]*)*$")]
    private static partial Regex Format();

    public const string FormatHint = "số thứ tự, dấu \"/\" rồi ký hiệu viết hoa, ví dụ 1234/BCT-CCT";

    /// <summary>The letter as checked, or null with the reasons added to <paramref name="errors"/> under the request's field names.</summary>
    public static OfficialLetter? Check(
        string? signerName, string? signerTitle, string? number, DateOnly? date, Guid? fileId, DateOnly today, DateOnly receivedOn, FieldErrors errors)
    {
        var name = CleanText.Of(signerName, "SignerName", "Họ tên người ký", NameLength, required: true, errors);
        var title = CleanText.Of(signerTitle, "SignerTitle", "Chức vụ người ký", TitleLength, required: true, errors);
        var cleanNumber = CleanNumber(number, errors);
        var on = date ?? today;
        if (on > today) errors.Add("LetterDate", $"Ngày văn bản ({Display.Date(on)}) không được sau ngày hôm nay.");
        else if (on < receivedOn) errors.Add("LetterDate", $"Ngày văn bản ({Display.Date(on)}) không được trước ngày tiếp nhận kiến nghị ({Display.Date(receivedOn)}).");
        return name is null || title is null || cleanNumber is null || errors.Count > 0 ? null : new OfficialLetter(name, title, cleanNumber, on, fileId);
    }

    /// <summary>The number as written on the letter: without spaces, in capitals, without a leading "Số:".</summary>
    private static string? CleanNumber(string? raw, FieldErrors errors)
    {
        var text = CleanText.Of(raw, "LetterNumber", "Số hiệu văn bản", NumberLength, required: false, errors);
        if (text is null)
        {
            errors.Add("LetterNumber", $"Vui lòng nhập số hiệu văn bản trả lời ({FormatHint}).");
            return null;
        }
        var number = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpper(VietnameseText.Culture);
        if (number.StartsWith("SỐ", StringComparison.Ordinal)) number = number[2..].TrimStart(':');
        if (number.Length > NumberLength || !Format().IsMatch(number))
        {
            errors.Add("LetterNumber", $"Số hiệu văn bản \"{text}\" không đúng dạng: {FormatHint}, không quá {NumberLength} ký tự.");
            return null;
        }
        return number;
    }
}
