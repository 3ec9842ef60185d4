using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>Submitting and acting on recommendations through the API, as the tests of similar, grouped, attached and library ones need.</summary>
internal static class RecommendationSteps
{
    public static async Task<RecommendationDetail> SubmitAsync(
        this CauNoiApp app, string userName, string title, string content, string field = "NL", object? extra = null, CancellationToken ct = default)
    {
        int fieldId;
        await using (var scope = app.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == field).Select(f => f.Id).SingleAsync(ct);
        var body = new Dictionary<string, object?> { ["title"] = title, ["content"] = content, ["fieldId"] = fieldId };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var response = await (await app.ApiAs(userName)).PostAsJsonAsync("/api/v1/recommendations", body, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, ct))!;
    }

    public static async Task ActAsync(this CauNoiApp app, string userName, int id, object request, CancellationToken ct = default)
    {
        var response = await (await app.ApiAs(userName)).PostAsJsonAsync($"/api/v1/recommendations/{id}/transitions", request, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Received, handled and answered by the unit it is routed to.</summary>
    public static async Task AnswerAsync(this CauNoiApp app, string unitUser, int id, string answer, CancellationToken ct = default)
    {
        await app.ActAsync(unitUser, id, new { action = "receive" }, ct);
        await app.ActAsync(unitUser, id, new { action = "start" }, ct);
        await app.ActAsync(unitUser, id, OfficialAnswer(answer), ct);
    }

    /// <summary>An answer step with the official letter every answer now carries (signer and letter number).</summary>
    public static object OfficialAnswer(string answer, Guid? letterFileId = null, string letterNumber = "1234/BCT-ĐL") =>
        new { action = "answer", answer, letterNumber, signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng", letterFileId };

    /// <summary>A group's answer with the official letter that carries it.</summary>
    public static object GroupAnswer(string answer) =>
        new { answer, letterNumber = "1234/BCT-ĐL", signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng" };

    /// <summary>The group page's answer form, filled in and confirmed.</summary>
    public static Dictionary<string, string> GroupAnswerForm(string answer) => new()
    {
        ["Answer"] = answer, ["LetterNumber"] = "1234/BCT-ĐL", ["SignerName"] = "Phan Thị Hà", ["SignerTitle"] = "Phó Cục trưởng", ["Confirmed"] = "true",
    };

    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new officer of a commune that has raised nothing and has no account yet, so that its records are the test's alone.</summary>
    public static async Task<string> OfficerOfAFreshCommuneAsync(this CauNoiApp app, string prefix, CancellationToken ct = default)
    {
        string code;
        await using (var scope = app.Db())
        {
            var db = scope.Context;
            code = await db.Organisations
                .Where(o => o.Kind == CauNoi.Web.Features.Organisations.OrganisationKind.CommuneEconomicOffice
                    && !db.Recommendations.Any(r => r.CommuneCode == o.CommuneCode) && !db.Users.Any(u => u.OrganisationId == o.Id))
                .OrderBy(o => o.Code).Select(o => o.Code).FirstAsync(ct);
        }
        var officer = prefix + "." + Token();
        await Security.HostileCorpusTests.NewAccountAsync(app, officer, code, CauNoi.Web.Features.Accounts.Roles.CommuneOfficer, CauNoi.Web.Data.DemoData.Password);
        return officer;
    }
}
