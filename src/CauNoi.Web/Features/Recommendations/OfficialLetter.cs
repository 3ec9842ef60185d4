using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// The official letter (công văn) that carries the Ministry's answer: who signed it, its reference number and date,
/// and the signed letter as a PDF attached to the record. Its number is checked as <see cref="DocumentNumber"/> says. An answer is the Ministry's official reply, so the number
/// and the signer are required; the date is the day of answering unless told; the scan is optional, because the
/// signed letter is often scanned after the reply is sent and the text already answers the locality.
/// </summary>
public sealed record OfficialLetter(string SignerName, string SignerTitle, string Number, DateOnly Date, Guid? FileId)
{
    public const int NameLength = 200, TitleLength = 200, NumberLength = DocumentNumber.Length;

    /// <summary>The letter as checked, or null with the reasons added to <paramref name="errors"/> under the request's field names.</summary>
    public static OfficialLetter? Check(
        string? signerName, string? signerTitle, string? number, DateOnly? date, Guid? fileId, DateOnly today, DateOnly receivedOn, FieldErrors errors)
    {
        var name = CleanText.Of(signerName, "SignerName", "Họ tên người ký", NameLength, required: true, errors);
        var title = CleanText.Of(signerTitle, "SignerTitle", "Chức vụ người ký", TitleLength, required: true, errors);
        var cleanNumber = DocumentNumber.Clean(number, "LetterNumber", "Số hiệu văn bản", errors, missing: "Vui lòng nhập số hiệu văn bản trả lời");
        var on = date ?? today;
        if (on > today) errors.Add("LetterDate", $"Ngày văn bản ({Display.Date(on)}) không được sau ngày hôm nay.");
        else if (on < receivedOn) errors.Add("LetterDate", $"Ngày văn bản ({Display.Date(on)}) không được trước ngày tiếp nhận kiến nghị ({Display.Date(receivedOn)}).");
        return name is null || title is null || cleanNumber is null || errors.Count > 0 ? null : new OfficialLetter(name, title, cleanNumber, on, fileId);
    }
}
