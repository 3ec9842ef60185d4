using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Web.Features.Audit;

/// <summary>
/// What the audit log calls each record type, field and stored value, in the words officials read. A feature that adds
/// an audited property names it here (AuditNamesTests fails until it does).
/// </summary>
public static class AuditNames
{
    /// <summary>Entity types by CLR name; a few entries are not entities but kinds of entry (reference data, sessions).</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["AppUser"] = "Tài khoản",
        ["IdentityUserRole`1"] = "Vai trò của tài khoản",
        ["IdentityRole"] = "Vai trò",
        ["IdentityUserClaim`1"] = "Quyền bổ sung của tài khoản",
        ["IdentityUserLogin`1"] = "Đăng nhập ngoài của tài khoản",
        ["IdentityRoleClaim`1"] = "Quyền bổ sung của vai trò",
        ["IdentityUserPasskey`1"] = "Khóa đăng nhập (passkey) của tài khoản",
        ["Organisation"] = "Cơ quan, đơn vị",
        ["FieldOfWork"] = "Lĩnh vực",
        ["FocalLeaderAssignment"] = "Phân công lãnh đạo phụ trách tỉnh",
        ["CalendarDay"] = "Ngày nghỉ, ngày làm bù",
        ["Province"] = "Tỉnh, thành phố",
        ["Commune"] = "Xã, phường, đặc khu",
        ["FormerProvince"] = "Tỉnh cũ (trước 01/07/2025)",
        ["CommuneLineage"] = "Chuyển đổi xã cũ – xã mới",
        ["Recommendation"] = "Kiến nghị",
        ["RecommendationEvent"] = "Bước xử lý kiến nghị",
        ["RecommendationMessage"] = "Ý kiến trao đổi về kiến nghị",
        ["RecommendationAttachment"] = "Tệp đính kèm kiến nghị",
        ["RecommendationGroup"] = "Nhóm kiến nghị",
        ["AppSetting"] = "Cài đặt",
        ["SignedOutSession"] = "Phiên đăng nhập đã kết thúc",
        [ReferenceData] = "Dữ liệu tham chiếu",
    };

    /// <summary>The summary entry written when reference data is loaded in bulk.</summary>
    public const string ReferenceData = "ReferenceData";

    /// <summary>
    /// Field names by property name, shared by every type that has the property; "Type.Property" where a type means
    /// something else by the same name. Keep it in alphabetical order of the key.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["AccessFailedCount"] = "Số lần đăng nhập sai",
        ["Action"] = "Thao tác",
        ["ActorId"] = "Người thực hiện",
        ["ActorName"] = "Tên người thực hiện",
        ["ActorOrganisation"] = "Đơn vị người thực hiện",
        ["Answer"] = "Nội dung trả lời",
        ["AnsweredAt"] = "Thời điểm trả lời",
        ["AnsweredOn"] = "Ngày trả lời",
        ["At"] = "Thời điểm",
        ["AuthorId"] = "Người viết",
        ["AuthorName"] = "Tên người viết",
        ["AuthorOrganisation"] = "Đơn vị người viết",
        ["CalendarDay.Date"] = "Ngày",
        ["CalendarDay.Name"] = "Tên ngày nghỉ, ngày làm bù",
        ["Channel"] = "Kênh tiếp nhận",
        ["ClaimType"] = "Loại quyền",
        ["ClaimValue"] = "Giá trị quyền",
        ["ClientAddress"] = "Địa chỉ IP",
        ["ClosedAt"] = "Thời điểm đóng",
        ["Code"] = "Mã",
        ["Comment"] = "Ý kiến",
        ["CommuneCode"] = "Xã, phường",
        ["CompetentBody"] = "Cơ quan có thẩm quyền",
        ["ConcernKind"] = "Vướng mắc về",
        ["ConcernReference"] = "Văn bản, thủ tục, dự án liên quan",
        ["ConcurrencyStamp"] = "Dấu phiên bản",
        ["ConferenceName"] = "Tên hội nghị",
        ["ContactEmail"] = "Email liên hệ",
        ["ContactName"] = "Người liên hệ",
        ["ContactPhone"] = "Điện thoại liên hệ",
        ["Content"] = "Nội dung",
        ["ContentType"] = "Loại tệp",
        ["CreatedAt"] = "Thời điểm tạo",
        ["CreatedById"] = "Người tạo",
        ["Credential"] = "Dữ liệu khóa",
        ["Data"] = "Dữ liệu",
        ["Decision"] = "Quyết định phân công",
        ["DefaultWorkingDays"] = "Thời hạn trả lời (ngày làm việc)",
        ["DueOn"] = "Hạn trả lời",
        ["DuplicateOfId"] = "Trùng với kiến nghị",
        ["EffectiveFrom"] = "Hiệu lực từ ngày",
        ["EffectiveTo"] = "Hiệu lực đến ngày",
        ["Email"] = "Email",
        ["EmailConfirmed"] = "Email đã xác nhận",
        ["FieldId"] = "Lĩnh vực",
        ["FileName"] = "Tên tệp",
        ["FocalLeaderId"] = "Lãnh đạo phụ trách tỉnh",
        ["FormerCommuneCode"] = "Mã xã cũ",
        ["FormerCommuneName"] = "Tên xã cũ",
        ["FormerDistrictCode"] = "Mã huyện cũ",
        ["FormerDistrictName"] = "Tên huyện cũ",
        ["FormerProvinceCode"] = "Mã tỉnh cũ",
        ["FormerProvinceName"] = "Tên tỉnh cũ",
        ["FromMinistry"] = "Do Bộ gửi",
        ["FromStatus"] = "Trạng thái trước",
        ["FullName"] = "Họ và tên",
        ["GroupId"] = "Nhóm kiến nghị",
        ["Id"] = "Mã số",
        ["IdempotencyKey"] = "Khóa chống gửi trùng",
        ["IsActive"] = "Đang hoạt động",
        ["IsLocalAffairsHub"] = "Là Cục Công Thương địa phương",
        ["IsPartial"] = "Nhập một phần",
        ["IsWorkingDay"] = "Là ngày làm việc",
        ["JobTitle"] = "Chức vụ",
        ["Key"] = "Cài đặt",
        ["Kind"] = "Loại đơn vị",
        ["LeaderId"] = "Lãnh đạo phụ trách",
        ["LockoutEnabled"] = "Có thể bị tạm khóa",
        ["LockoutEnd"] = "Tạm khóa đến",
        ["LoginProvider"] = "Nhà cung cấp đăng nhập",
        ["Name"] = "Tên",
        ["NewProvinceCode"] = "Tỉnh mới",
        ["Note"] = "Ghi chú",
        ["NormalizedEmail"] = "Email (chuẩn hóa)",
        ["NormalizedName"] = "Tên (chuẩn hóa)",
        ["NormalizedUserName"] = "Tên đăng nhập (chuẩn hóa)",
        ["OrganisationId"] = "Cơ quan, đơn vị",
        ["Outcome"] = "Kết quả",
        ["Phone"] = "Điện thoại",
        ["PhoneNumber"] = "Điện thoại",
        ["PhoneNumberConfirmed"] = "Điện thoại đã xác nhận",
        ["ProviderDisplayName"] = "Tên nhà cung cấp đăng nhập",
        ["ProviderKey"] = "Mã tài khoản ở nhà cung cấp",
        ["ProvinceCode"] = "Tỉnh, thành phố",
        ["RatingReason"] = "Lý do đánh giá",
        ["ReceivedOn"] = "Ngày tiếp nhận",
        ["RecommendationId"] = "Kiến nghị",
        ["RemainingWorkingDays"] = "Số ngày làm việc còn lại",
        ["ResponsibleUnitId"] = "Đơn vị trả lời",
        ["AnsweredByUnitId"] = "Đơn vị trả lời",
        ["AnswerSignerName"] = "Người ký văn bản trả lời",
        ["AnswerSignerTitle"] = "Chức vụ người ký",
        ["AnswerLetterNumber"] = "Số hiệu văn bản trả lời",
        ["AnswerLetterDate"] = "Ngày văn bản trả lời",
        ["AnswerLetterFileId"] = "Tệp văn bản trả lời",
        ["AnswerIsDraft"] = "Dự thảo chờ lãnh đạo duyệt",
        ["AnswersNeedApproval"] = "Lãnh đạo duyệt câu trả lời trước khi gửi",
        ["RoleId"] = "Vai trò",
        ["RoutedUnitId"] = "Đơn vị xử lý",
        ["Satisfied"] = "Hài lòng",
        ["Sha256"] = "Mã băm SHA-256",
        ["ShortName"] = "Tên viết tắt",
        ["Size"] = "Dung lượng (byte)",
        ["SortOrder"] = "Thứ tự",
        ["Source"] = "Căn cứ",
        ["Status"] = "Trạng thái",
        ["StoredName"] = "Tên tệp lưu trữ",
        ["SubmittedById"] = "Người gửi",
        ["SubmittingOrganisationId"] = "Đơn vị gửi",
        ["Text"] = "Nội dung",
        ["Title"] = "Tiêu đề",
        ["ToStatus"] = "Trạng thái sau",
        ["TwoFactorEnabled"] = "Xác thực hai lớp",
        ["Type"] = "Loại",
        ["UpdatedAt"] = "Thời điểm cập nhật",
        ["UploadedById"] = "Người tải lên",
        ["UploadedByName"] = "Tên người tải lên",
        ["Urgency"] = "Độ khẩn",
        ["UserId"] = "Tài khoản",
        ["UserName"] = "Tên đăng nhập",
        ["Value"] = "Giá trị",
        ["Version"] = "Phiên bản",
        ["Via"] = "Qua",
        ["WorkingDaysAllowed"] = "Thời hạn (ngày làm việc)",
        [AuditTrail.PasswordChanged] = "Mật khẩu",
        ["note"] = "Ghi chú",
    };

    /// <summary>The Vietnamese name of a field, or null when none was given.</summary>
    public static string? Field(string type, string field) =>
        Fields.GetValueOrDefault($"{type}.{field}") ?? Fields.GetValueOrDefault(field);

    public static string Type(string type) => Types.GetValueOrDefault(type, type);

    /// <summary>Names of stored values (enums are stored as numbers, outcomes as codes), by "Type.Property".</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["Recommendation.Status"] = Named<RecommendationStatus>(RecommendationNames.Of),
            ["Recommendation.ConcernKind"] = Named<ConcernKind>(RecommendationNames.Of),
            ["Recommendation.Urgency"] = Named<Urgency>(RecommendationNames.Of),
            ["Recommendation.Channel"] = Named<Channel>(RecommendationNames.Of),
            ["RecommendationEvent.FromStatus"] = Named<RecommendationStatus>(RecommendationNames.Of),
            ["RecommendationEvent.ToStatus"] = Named<RecommendationStatus>(RecommendationNames.Of),
            ["RecommendationEvent.Action"] = RecommendationWorkflow.Names,
            ["Organisation.Kind"] = Named<OrganisationKind>(k => k.Label()),
            ["IdentityRole.Name"] = Accounts.Roles.DisplayNames,
            ["AppSetting.Key"] = new Dictionary<string, string>(ReportSignOffs.SettingNames())
            {
                [SettingValues.ReopenPeriodDays] = "Thời hạn mở lại kiến nghị (ngày)",
                [SettingValues.ReminderWorkingDaysBefore] = "Nhắc hạn trước (ngày làm việc)",
            },
            ["AppUser.Outcome"] = SignInAudit.OutcomeNames,
            ["AppUser.Via"] = SignInAudit.ViaNames,
        };

    public static string? Value(string type, string field, string raw) =>
        Values.TryGetValue($"{type}.{field}", out var names) && names.TryGetValue(raw, out var name) ? name : null;

    private static Dictionary<string, string> Named<T>(Func<T, string> name) where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), name);

    /// <summary>Fields whose value is the key of another record, shown by that record's name (AuditReferences).</summary>
    public static readonly IReadOnlyDictionary<string, Reference> References = new Dictionary<string, Reference>
    {
        ["ActorId"] = Reference.Person, ["AuthorId"] = Reference.Person, ["CreatedById"] = Reference.Person,
        ["FocalLeaderId"] = Reference.Person, ["LeaderId"] = Reference.Person, ["SubmittedById"] = Reference.Person,
        ["UploadedById"] = Reference.Person, ["UserId"] = Reference.Person,
        ["OrganisationId"] = Reference.Organisation, ["ResponsibleUnitId"] = Reference.Organisation,
        ["AnsweredByUnitId"] = Reference.Organisation,
        ["RoutedUnitId"] = Reference.Organisation, ["SubmittingOrganisationId"] = Reference.Organisation,
        ["FieldId"] = Reference.Field,
        ["RoleId"] = Reference.Role,
        ["ProvinceCode"] = Reference.Province, ["NewProvinceCode"] = Reference.Province,
        ["CommuneCode"] = Reference.Commune,
        ["RecommendationId"] = Reference.Recommendation, ["DuplicateOfId"] = Reference.Recommendation,
        ["GroupId"] = Reference.Group,
    };

    public static Reference? ReferenceOf(string type, string field) =>
        References.TryGetValue($"{type}.{field}", out var r) || References.TryGetValue(field, out r) ? r : null;
}

public enum Reference { Person, Organisation, Field, Role, Province, Commune, Recommendation, Group }
