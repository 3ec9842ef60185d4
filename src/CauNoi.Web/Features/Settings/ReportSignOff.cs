namespace CauNoi.Web.Features.Settings;

/// <summary>The level of the body that issues a report: each has its own signer and recipients.</summary>
public enum IssuerLevel
{
    /// <summary>A unit of the Ministry; the national report is Cục Công Thương địa phương's.</summary>
    Ministry,
    /// <summary>A Sở Công Thương.</summary>
    Province,
    /// <summary>A commune's economic office.</summary>
    Commune,
}

/// <summary>
/// The foot of a weekly report: who signs (authority line, position, name) and "Nơi nhận", one recipient a line.
/// The recipients may name the issuer's superior body, province and document code with the placeholders of
/// <see cref="ReportSignOffs.Placeholders"/>, so one text serves every Sở or every commune.
/// </summary>
public sealed record SignOff(string Authority, string Position, string Name, IReadOnlyList<string> Recipients);

/// <summary>The sign-off of each level, as an administrator set it (Features/Settings), or its default.</summary>
public static class ReportSignOffs
{
    public const string Superior = "{cấp trên}", Province = "{tỉnh}", Code = "{ký hiệu}";
    public static readonly IReadOnlyList<string> Placeholders = [Superior, Province, Code];

    public static readonly IReadOnlyDictionary<IssuerLevel, SignOff> Defaults = new Dictionary<IssuerLevel, SignOff>
    {
        [IssuerLevel.Ministry] = new("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "",
            ["- Văn phòng Chính phủ;", "- Lãnh đạo Bộ;", $"- Lưu: VT, {Code}."]),
        [IssuerLevel.Province] = new("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "",
            ["- Bộ Công Thương (Cục Công Thương địa phương);", $"- {Superior} (để báo cáo);", $"- Lưu: VT, {Code}."]),
        [IssuerLevel.Commune] = new("", "TRƯỞNG PHÒNG", "",
            [$"- {Superior} (để báo cáo);", $"- Sở Công Thương {Province};", "- Lưu: VT."]),
    };

    private static string Key(IssuerLevel level, string part) => $"Reports.SignOff.{level}.{part}";

    /// <summary>What the audit log calls each of these settings.</summary>
    public static IEnumerable<KeyValuePair<string, string>> SettingNames() =>
        from level in Enum.GetValues<IssuerLevel>()
        let issuer = level switch { IssuerLevel.Ministry => "đơn vị thuộc Bộ", IssuerLevel.Province => "Sở Công Thương", _ => "cấp xã" }
        from part in new[]
        {
            (nameof(SignOff.Authority), "thẩm quyền ký"), (nameof(SignOff.Position), "chức vụ người ký"),
            (nameof(SignOff.Name), "họ tên người ký"), (nameof(SignOff.Recipients), "nơi nhận"),
        }
        select KeyValuePair.Create(Key(level, part.Item1), $"Báo cáo tuần của {issuer}: {part.Item2}");

    public static async Task<SignOff> ReadAsync(CauNoiDb db, IssuerLevel level, CancellationToken ct = default)
    {
        var prefix = Key(level, "");
        var stored = await db.Settings.Where(s => s.Key.StartsWith(prefix)).ToDictionaryAsync(s => s.Key[prefix.Length..], s => s.Value, ct);
        var fallback = Defaults[level];
        return new SignOff(
            stored.GetValueOrDefault(nameof(SignOff.Authority), fallback.Authority),
            stored.GetValueOrDefault(nameof(SignOff.Position), fallback.Position),
            stored.GetValueOrDefault(nameof(SignOff.Name), fallback.Name),
            stored.TryGetValue(nameof(SignOff.Recipients), out var lines) ? lines.Split('\n') : fallback.Recipients);
    }

    /// <summary>Adds or changes the level's four settings in the unit of work; the caller saves.</summary>
    public static async Task StoreAsync(CauNoiDb db, IssuerLevel level, SignOff signOff, CancellationToken ct = default)
    {
        foreach (var (part, value) in new[]
                 {
                     (nameof(SignOff.Authority), signOff.Authority), (nameof(SignOff.Position), signOff.Position),
                     (nameof(SignOff.Name), signOff.Name), (nameof(SignOff.Recipients), string.Join('\n', signOff.Recipients)),
                 })
        {
            var key = Key(level, part);
            var setting = await db.Settings.FindAsync([key], ct);
            if (setting is null) db.Settings.Add(new AppSetting { Key = key, Value = value });
            else setting.Value = value;
        }
    }
}
