using System.Text;

namespace CauNoi.Web.Shared;

/// <summary>Reads the small RFC 4180 CSV files the reference data ships as (quoted fields allowed).</summary>
public static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        while (ReadRecord(reader) is { } fields)
        {
            if (header is null) { header = fields; continue; }
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Length ? fields[i] : "";
            yield return row;
        }
    }

    private static string[]? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0) break;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else if (c == '"') quoted = false;
                else field.Append((char)c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') break;
            else if (c != '\r') field.Append((char)c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
