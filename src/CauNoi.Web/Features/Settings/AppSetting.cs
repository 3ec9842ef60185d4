namespace CauNoi.Web.Features.Settings;

/// <summary>A setting administrators change in the interface (reopen period, reminder lead time...).</summary>
public class AppSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
