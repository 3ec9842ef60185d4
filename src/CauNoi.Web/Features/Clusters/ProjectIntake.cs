using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Clusters;

/// <param name="CapitalBillionVnd">Registered capital (tỷ đồng).</param>
/// <param name="StoppedOn">Required when the project has stopped, and only then.</param>
public sealed record ProjectInput(string? Investor, string? Sector, decimal? CapitalBillionVnd, decimal? LandHa, ProjectStatus? Status,
    DateOnly? RegisteredOn, DateOnly? StoppedOn, int? Workers);

/// <summary>
/// A secondary project added to a cluster or edited: its land is the cluster's leased land while it is in force, so the
/// land of the projects in force today cannot exceed the land the cluster can lease.
/// </summary>
public static class ProjectIntake
{
    public const decimal MostCapitalBillionVnd = 1_000_000m;
    public const int MostWorkers = 100_000;

    /// <summary>Checks the input and writes it to the project (a new one when null, added to the cluster); the caller saves.</summary>
    /// <param name="cluster">Tracked, with its projects.</param>
    public static (ClusterProject? Project, FieldErrors Errors) Apply(Actor actor, Cluster cluster, ClusterProject? project, ProjectInput input, DateTime at)
    {
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) throw new WorkflowRefusal(ClusterIntake.Forbidden, forbidden: true);
        var errors = new FieldErrors();
        var today = VietnamTime.DayOf(at);
        var investor = CleanText.Of(input.Investor, nameof(input.Investor), "Nhà đầu tư", ClusterConfiguration.DeveloperLength, required: true, errors);
        var sector = CleanText.Of(input.Sector, nameof(input.Sector), "Ngành nghề", ClusterConfiguration.SectorLength, required: true, errors);
        var land = ClusterIntake.Area(input.LandHa, nameof(input.LandHa), "Diện tích đất thuê", errors, required: false);
        if (input.LandHa is null) errors.Add(nameof(input.LandHa), "Nhập diện tích đất thuê của dự án (ha).");
        if (input.CapitalBillionVnd is not { } capital) errors.Add(nameof(input.CapitalBillionVnd), "Nhập vốn đăng ký (tỷ đồng).");
        else if (capital < 0 || capital > MostCapitalBillionVnd || decimal.Round(capital, 2) != capital)
            errors.Add(nameof(input.CapitalBillionVnd), $"Vốn đăng ký ghi bằng tỷ đồng, không âm, tối đa hai chữ số thập phân, không quá {Display.Number(MostCapitalBillionVnd, 0)} tỷ đồng.");
        if (input.Workers is < 0 or > MostWorkers) errors.Add(nameof(input.Workers), $"Số lao động từ 0 đến {Display.Number(MostWorkers)}.");
        if (input.Status is not { } status || !Enum.IsDefined(status)) errors.Add(nameof(input.Status), "Chọn tình trạng của dự án: đã đăng ký, đang xây dựng, đang sản xuất kinh doanh hoặc đã dừng hoạt động.");
        if (input.RegisteredOn is not { } registered) errors.Add(nameof(input.RegisteredOn), "Nhập ngày đăng ký đầu tư.");
        else if (registered > today) errors.Add(nameof(input.RegisteredOn), $"Ngày đăng ký đầu tư ({Display.Date(registered)}) không được sau hôm nay.");
        if (input.Status == ProjectStatus.Stopped)
        {
            if (input.StoppedOn is not { } stopped) errors.Add(nameof(input.StoppedOn), "Dự án đã dừng hoạt động: nhập ngày dừng hoạt động.");
            else if (stopped > today) errors.Add(nameof(input.StoppedOn), $"Ngày dừng hoạt động ({Display.Date(stopped)}) không được sau hôm nay.");
            else if (input.RegisteredOn is { } from && stopped < from) errors.Add(nameof(input.StoppedOn), $"Ngày dừng hoạt động ({Display.Date(stopped)}) không được trước ngày đăng ký đầu tư ({Display.Date(from)}).");
        }
        else if (input.StoppedOn is not null) errors.Add(nameof(input.StoppedOn), "Chỉ dự án đã dừng hoạt động mới có ngày dừng hoạt động.");
        if (errors.Count > 0) return (null, errors);

        var candidate = new ClusterProject { Investor = investor!, Sector = sector!, LandHa = land!.Value, RegisteredOn = input.RegisteredOn!.Value, StoppedOn = input.StoppedOn };
        var inForce = cluster.Projects.Where(p => p != project).Append(candidate).Where(p => Occupancy.InForce(p, today)).Sum(p => p.LandHa);
        if (inForce > cluster.LeasableHa)
        {
            errors.Add(nameof(input.LandHa), $"Đất của các dự án đang còn hiệu lực ({ClusterConditions.Ha(inForce)}) vượt quá đất công nghiệp có thể cho thuê của cụm ({ClusterConditions.Ha(cluster.LeasableHa)}).");
            return (null, errors);
        }
        var written = project ?? candidate;
        (written.Investor, written.Sector, written.CapitalBillionVnd, written.LandHa) = (investor!, sector!, input.CapitalBillionVnd!.Value, land.Value);
        (written.Status, written.RegisteredOn, written.StoppedOn, written.Workers, written.UpdatedAt) = (input.Status!.Value, input.RegisteredOn.Value, input.StoppedOn, input.Workers ?? 0, at);
        if (project is null) cluster.Projects.Add(written);
        cluster.UpdatedAt = at;
        return (written, errors);
    }
}

/// <param name="Capacity">As written ("2.000 m³/ngày đêm", "2 x 40 MVA").</param>
public sealed record InfrastructureInput(InfrastructureKind? Kind, string? Description, string? Capacity, InfrastructureStatus? Status);

/// <summary>A work of the shared infrastructure added to a cluster or edited.</summary>
public static class InfrastructureIntake
{
    /// <param name="cluster">Tracked, with its infrastructure.</param>
    public static (ClusterInfrastructure? Item, FieldErrors Errors) Apply(Actor actor, Cluster cluster, ClusterInfrastructure? item, InfrastructureInput input, DateTime at)
    {
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) throw new WorkflowRefusal(ClusterIntake.Forbidden, forbidden: true);
        var errors = new FieldErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(input.Kind), "Chọn loại công trình: giao thông, cấp điện, cấp nước, xử lý nước thải, thoát nước mưa hoặc công trình khác.");
        var description = CleanText.Of(input.Description, nameof(input.Description), "Mô tả công trình", 500, required: true, errors);
        var capacity = CleanText.Of(input.Capacity, nameof(input.Capacity), "Công suất, quy mô", 200, required: false, errors);
        if (input.Status is not { } status || !Enum.IsDefined(status)) errors.Add(nameof(input.Status), "Chọn tình trạng: chưa đầu tư, đang xây dựng hoặc đã hoàn thành.");
        if (errors.Count > 0) return (null, errors);

        var written = item ?? new ClusterInfrastructure { Description = description! };
        (written.Kind, written.Description, written.Capacity, written.Status) = (input.Kind!.Value, description!, capacity, input.Status!.Value);
        if (item is null) cluster.Infrastructure.Add(written);
        cluster.UpdatedAt = at;
        return (written, errors);
    }
}
