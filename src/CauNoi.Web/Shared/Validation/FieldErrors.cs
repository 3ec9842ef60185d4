namespace CauNoi.Web.Shared.Validation;

/// <summary>
/// What is wrong with the input, field by field, in Vietnamese: the shape a ValidationProblem and a page's ModelState take.
/// A field may collect several messages.
/// </summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public void Add(string field, string message) => this[field] = this.TryGetValue(field, out var m) ? [.. m, message] : [message];
}
