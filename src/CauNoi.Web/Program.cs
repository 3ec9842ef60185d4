using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Briefs;
using CauNoi.Web.Features.Backup;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Clusters.Import;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Indicators.Import;
using CauNoi.Web.Features.Meetings;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Export;
using CauNoi.Web.Features.Recommendations.Groups;
using CauNoi.Web.Features.Recommendations.Import;
using CauNoi.Web.Features.Recommendations.Library;
using CauNoi.Web.Features.Recommendations.Similarity;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Features.Tasks.Import;
using CauNoi.Web.Features.Tasks.Reports;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss "; });
if (builder.Configuration.GetValue<bool>("Logging:Json")) builder.Logging.ClearProviders().AddJsonConsole();

builder.Services.AddCauNoiDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddWeb(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddScoped<WorkingDays>();
builder.Services.AddFiles(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddNotificationJobs(builder.Configuration);
builder.Services.AddOpenData();
builder.Services.AddTelemetry(builder.Configuration);

var app = builder.Build();

await app.Services.PrepareDatabaseAsync();
if (await FileCheck.RunCommandLineAsync(app.Services, args)) return;
if (await SqliteBackup.RunCommandLineAsync(app.Services, args)) return;
if (await CopyFilesToS3.RunCommandLineAsync(app.Services, args, Console.Out) is { } copied) { Environment.ExitCode = copied; return; }
if (await FirstAdministrator.RunCommandLineAsync(app.Services, args)) return;

app.UseWeb();
var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("CauNoi");
api.MapAccountsApi();
api.MapAdminUnitsApi();
api.MapOrganisationsApi();
api.MapCalendarApi();
api.MapAuditApi();
api.MapRecommendationsApi();
api.MapRecommendationImportApi();
api.MapRecommendationExportApi();
api.MapRecommendationAttachmentsApi();
api.MapSimilarityApi();
api.MapRecommendationGroupsApi();
api.MapLibraryApi();
api.MapNotificationsApi();
api.MapReportsApi();
api.MapBriefsApi();
api.MapUnitDirectionsApi();
api.MapRecommendationTasksApi();
api.MapTasksApi();
api.MapTaskImportApi();
api.MapDocumentsApi();
api.MapTaskReportApi();
api.MapMeetingsApi();
api.MapClusterInspectionsApi();
api.MapIndicatorsApi();
api.MapTargetImportApi();
api.MapIndicatorReportsApi();
api.MapIndicatorImportApi();
api.MapOpenDataApi();
api.MapClustersApi();
api.MapClusterImportApi();
api.MapClusterStatisticsApi();
api.MapAwardsApi();

app.Run();

public partial class Program;
