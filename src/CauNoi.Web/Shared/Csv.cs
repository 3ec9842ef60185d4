using System.Text;

namespace CauNoi.Web.Shared;

/// <summary>Reads RFC 4180 CSV: the reference data's files, and lists uploaded for import (quoted fields allowed).</summary>
public static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        while (ReadRecord(reader, ',') is { } fields)
        {
            if (header is null) { header = fields; continue; }
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Length ? fields[i] : "";
            yield return row;
        }
    }

    /// <summary>Every record in order, its fields split on <paramref name="separator"/>; a blank line is a record of one empty field.</summary>
    public static IEnumerable<string[]> Records(TextReader reader, char separator)
    {
        while (ReadRecord(reader, separator) is { } fields) yield return fields;
    }

    /// <summary>
    /// The separator a list saved by Excel uses: a semicolon where the list separator is one (Vietnamese Windows, whose
    /// decimal mark is the comma), a tab, else a comma. Read from the header line, whose column names hold none of them.
    /// </summary>
    public static char Separator(string headerLine) =>
        headerLine.Contains(';') ? ';' : headerLine.Contains('\t') ? '\t' : ',';

    private static string[]? ReadRecord(TextReader reader, char separator)
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
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') break;
            else if (c != '\r') field.Append((char)c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
