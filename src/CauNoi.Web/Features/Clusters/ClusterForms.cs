using CauNoi.Web.Features.Indicators;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// What the registry's forms send, as typed (areas "48,5", dates dd/MM/yyyy, communes picked from the province's list and
/// former communes by their code), turned into the inputs the API takes, so that the pages go through the same rules.
/// </summary>
public static class ClusterForms
{
    public sealed record CommuneOption(string Code, string Name);

    /// <summary>The province's communes in Vietnamese order, for the pick list of where a cluster lies.</summary>
    public static async Task<IReadOnlyList<CommuneOption>> CommunesAsync(CauNoiDb db, string province) =>
        (await db.Communes.Where(c => c.ProvinceCode == province).Select(c => new CommuneOption(c.Code, c.Name)).ToListAsync())
            .OrderBy(c => c.Name, VietnameseText.Order).ToList();

    /// <summary>The descriptive fields, as the new-cluster and the edit forms share them.</summary>
    public class DescriptionModel
    {
        public string? Name { get; set; }
        public string[] Communes { get; set; } = [];
        /// <summary>Codes of former communes (before 1/7/2025), separated by commas or spaces.</summary>
        public string? FormerCommunes { get; set; }
        public string? LeasableHa { get; set; }
        public string? DeveloperName { get; set; }
        public DeveloperKind? DeveloperKind { get; set; }
        public string? DeveloperTaxCode { get; set; }
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
        /// <summary>One sector a line.</summary>
        public string? Sectors { get; set; }
        public string? Note { get; set; }
        public int? Version { get; set; }

        public List<LocationInput> Locations() =>
        [
            .. Communes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new LocationInput(c.Trim(), null)),
            .. (FormerCommunes ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(f => new LocationInput(null, f)),
        ];

        public List<string> SectorList() => [.. (Sectors ?? "").Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        /// <summary>The form filled from a cluster, for editing it.</summary>
        public static T Of<T>(ClusterDetail c) where T : DescriptionModel, new() => new()
        {
            Name = c.Name, Communes = [.. c.Locations.Where(l => l.FormerCommuneCode is null).Select(l => l.CommuneCode)],
            FormerCommunes = string.Join(", ", c.Locations.Select(l => l.FormerCommuneCode).OfType<string>()), LeasableHa = Show(c.LeasableHa),
            DeveloperName = c.DeveloperName, DeveloperKind = c.DeveloperKind, DeveloperTaxCode = c.DeveloperTaxCode,
            Latitude = c.Latitude?.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','),
            Longitude = c.Longitude?.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','),
            Sectors = string.Join("\n", c.Sectors), Note = c.Note, Version = c.Version,
        };
    }

    public sealed class NewModel : DescriptionModel
    {
        public string? Code { get; set; }
        public string? ProvinceCode { get; set; }
        public string? PlannedHa { get; set; }
        public string? PlanNumber { get; set; }
        public string? PlanSignedOn { get; set; }
        public string? PlanSigner { get; set; }
    }

    public sealed class StepModel
    {
        public string? Step { get; set; }
        public string? Number { get; set; }
        public string? SignedOn { get; set; }
        public string? Signer { get; set; }
        public string? AreaHa { get; set; }
        public string? LeasableHa { get; set; }
        public string? OverrideReason { get; set; }
        public int? Version { get; set; }
    }

    public sealed class ProjectModel
    {
        public int? Id { get; set; }
        public string? Investor { get; set; }
        public string? Sector { get; set; }
        public string? CapitalBillionVnd { get; set; }
        public string? LandHa { get; set; }
        public ProjectStatus? Status { get; set; }
        public string? RegisteredOn { get; set; }
        public string? StoppedOn { get; set; }
        public string? Workers { get; set; }

        public static ProjectModel Of(ClusterDetail.Project p) => new()
        {
            Id = p.Id, Investor = p.Investor, Sector = p.Sector, CapitalBillionVnd = Show(p.CapitalBillionVnd), LandHa = Show(p.LandHa), Status = p.Status,
            RegisteredOn = Display.Date(p.RegisteredOn), StoppedOn = Display.Date(p.StoppedOn), Workers = p.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public sealed class WorkModel
    {
        public int? Id { get; set; }
        public InfrastructureKind? Kind { get; set; }
        public string? Description { get; set; }
        public string? Capacity { get; set; }
        public InfrastructureStatus? Status { get; set; }
    }

    public static ClusterInput Input(NewModel m, ModelStateDictionary state) => new(
        m.Code, m.Name, m.ProvinceCode, m.Locations(), Number(m.PlannedHa, state, "Input.PlannedHa", "diện tích"), Number(m.LeasableHa, state, "Input.LeasableHa", "diện tích"),
        m.DeveloperName, m.DeveloperKind, m.DeveloperTaxCode, Degrees(m.Latitude, state, "Input.Latitude"), Degrees(m.Longitude, state, "Input.Longitude"),
        m.SectorList(), m.Note, m.PlanNumber, DateInput.Optional(m.PlanSignedOn, state, "Input.PlanSignedOn", "ngày ký"), m.PlanSigner);

    public static ClusterEdit Edit(DescriptionModel m, ModelStateDictionary state) => new(
        m.Name, m.Locations(), Number(m.LeasableHa, state, "Edit.LeasableHa", "diện tích"), m.DeveloperName, m.DeveloperKind, m.DeveloperTaxCode,
        Degrees(m.Latitude, state, "Edit.Latitude"), Degrees(m.Longitude, state, "Edit.Longitude"), m.SectorList(), m.Note, m.Version);

    public static StepInput Step(StepModel m, ModelStateDictionary state) => new(
        m.Step, m.Number, DateInput.Optional(m.SignedOn, state, "Decision.SignedOn", "ngày"), m.Signer,
        Number(m.AreaHa, state, "Decision.AreaHa", "diện tích"), Number(m.LeasableHa, state, "Decision.LeasableHa", "diện tích"), m.OverrideReason, m.Version);

    public static ProjectInput Project(ProjectModel m, ModelStateDictionary state) => new(
        m.Investor, m.Sector, Number(m.CapitalBillionVnd, state, "Project.CapitalBillionVnd", "vốn đăng ký"), Number(m.LandHa, state, "Project.LandHa", "diện tích"),
        m.Status, DateInput.Optional(m.RegisteredOn, state, "Project.RegisteredOn", "ngày đăng ký đầu tư"), DateInput.Optional(m.StoppedOn, state, "Project.StoppedOn", "ngày dừng hoạt động"),
        Number(m.Workers, state, "Project.Workers", "số lao động") is { } w ? (int)Math.Min(w, int.MaxValue) : null);

    public static InfrastructureInput Work(WorkModel m) => new(m.Kind, m.Description, m.Capacity, m.Status);

    /// <summary>An area or an amount as typed, "1.234,5" or "1234.5"; null when blank or, with an error under the key, not a number.</summary>
    private static decimal? Number(string? text, ModelStateDictionary state, string key, string label)
    {
        if (FigureInput.TryParse(text, out var value) && value is null) return null;
        if (value is { } figure && Math.Abs(figure) < 1e15) return Math.Round((decimal)figure, 6);
        state.AddModelError(key, $"Giá trị {label} \"{text}\" không phải là số.");
        return null;
    }

    private static double? Degrees(string? text, ModelStateDictionary state, string key)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var degrees)) return degrees;
        state.AddModelError(key, $"Tọa độ \"{text}\" không hợp lệ: ghi bằng độ thập phân, ví dụ 21,0285.");
        return null;
    }

    /// <summary>A figure as a form shows it back: a comma, no thousands separator, no trailing zeros.</summary>
    public static string Show(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
}
