using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Shared;

/// <summary>Dates as users type them in forms: 21/11/2026 (1/5/2026 is accepted too).</summary>
public static class DateInput
{
    public const string Placeholder = "dd/mm/yyyy";

    /// <summary>False for anything that is not a real day written d/M/yyyy, or lies outside 1900–2100.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1900 and <= 2100;

    /// <summary>
    /// The date typed in a required field, or null after adding a Vietnamese error under
    /// <paramref name="key"/>; <paramref name="label"/> names the field in lower case ("ngày hiệu lực").
    /// </summary>
    public static DateOnly? Read(string? text, ModelStateDictionary modelState, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            modelState.AddModelError(key, $"Vui lòng nhập {label}.");
            return null;
        }
        return Optional(text, modelState, key, label);
    }

    /// <summary>The date typed in a field that may be left empty (null then, with no error), as <see cref="Read"/> reads it.</summary>
    public static DateOnly? Optional(string? text, ModelStateDictionary modelState, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TryParse(text, out var date)) return date;
        modelState.AddModelError(key, $"{char.ToUpper(label[0], VietnameseText.Culture)}{label[1..]} không hợp lệ: nhập ngày dạng dd/MM/yyyy, ví dụ 21/11/2026.");
        return null;
    }
}
