using System.Text.Json;
using System.Text.Json.Serialization;

namespace CauNoi.Tests.Infrastructure;

/// <summary>How the API writes JSON, for reading its answers: web defaults, enums by name ("InProgress", "Hotline").</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
