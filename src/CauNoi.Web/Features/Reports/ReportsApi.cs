namespace CauNoi.Web.Features.Reports;

public static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
    }
}
