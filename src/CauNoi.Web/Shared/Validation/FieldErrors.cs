namespace CauNoi.Web.Shared.Validation;

/// <summary>
/// What is wrong with the input, field by field, in Vietnamese: the shape a ValidationProblem and a page's ModelState take.
/// A field may collect several messages.
/// </summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public void Add(string field, string message) => this[field] = this.TryGetValue(field, out var m) ? [.. m, message] : [message];

    /// <summary>
    /// The errors as a page's form shows them: each under "<paramref name="prefix"/>.Field", those of no field under
    /// <paramref name="general"/>. A field the form already refused (a date typed wrong) is not told again to enter it.
    /// </summary>
    public void CopyTo(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix, string general = "")
    {
        foreach (var (field, messages) in this)
        {
            var key = field.Length == 0 ? general : $"{prefix}.{field}";
            if (modelState.ContainsKey(key) && modelState[key]!.Errors.Count > 0) continue;
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }
}
