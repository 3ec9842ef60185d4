using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;

namespace CauNoi.Bench;

/// <summary>
/// Submissions under load: localities' officers post new recommendations with an Idempotency-Key, retrying a failed
/// post with the same key; afterwards the database is read to prove that every acknowledged one is stored exactly once
/// and whole (its history's first event and its audit entry written with it).
/// </summary>
public sealed class Submissions(HttpClient[] officers, int[] fieldIds, string run)
{
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new();
    private int _retries;

    public int Acknowledged => _acknowledged.Count;
    public int Retries => _retries;

    private static readonly string[] Titles =
    [
        "Vướng mắc thủ tục đất đai của cụm công nghiệp {0}",
        "Đề nghị hỗ trợ kinh phí khuyến công năm {1} cho cơ sở sản xuất",
        "Kiến nghị điều chỉnh giá điện cho hộ kinh doanh tại xã {0}",
        "Khó khăn về mặt bằng chợ truyền thống sau sáp nhập",
        "Đề nghị hướng dẫn thủ tục cấp giấy phép kinh doanh xăng dầu",
    ];

    /// <summary>One submission; a network failure or a 5xx is retried with the same key, as a careful client does.</summary>
    public async Task<bool> SubmitAsync(Random rng)
    {
        var client = officers[rng.Next(officers.Length)];
        var key = $"bench-{run}-{Guid.NewGuid():N}";
        var n = rng.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
        var body = new
        {
            title = string.Format(CultureInfo.InvariantCulture, Titles[rng.Next(Titles.Length)], n, DateTime.UtcNow.Year),
            content = $"Địa phương đề nghị Bộ Công Thương xem xét, hướng dẫn xử lý vướng mắc số {n} phát sinh trong quá trình triển khai.",
            fieldId = fieldIds[rng.Next(fieldIds.Length)],
        };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (attempt > 0) Interlocked.Increment(ref _retries);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode)
                {
                    _acknowledged.TryAdd(key, 0);
                    return true;
                }
                if ((int)response.StatusCode < 500) return false;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100 * (attempt + 1));
        }
        return false;
    }

    public sealed record Check(int Acknowledged, int Stored, int Duplicates, int Missing, int HalfWritten);

    /// <summary>What the database holds of this run's submissions, against what the clients were told.</summary>
    public async Task<Check> VerifyAsync(DbConnection c)
    {
        var pattern = $"bench-{run}-%";
        var stored = new List<string>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """SELECT "IdempotencyKey" FROM "Recommendations" WHERE "IdempotencyKey" LIKE @p""";
            Add(cmd, pattern);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        }
        var distinct = stored.ToHashSet();
        var missing = _acknowledged.Keys.Count(k => !distinct.Contains(k));
        int halfWritten;
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """
                SELECT COUNT(*) FROM "Recommendations" r
                WHERE r."IdempotencyKey" LIKE @p
                  AND (NOT EXISTS (SELECT 1 FROM "RecommendationEvents" e WHERE e."RecommendationId" = r."Id")
                       OR NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."EntityType" = 'Recommendation' AND a."EntityKey" = CAST(r."Id" AS TEXT)))
                """;
            Add(cmd, pattern);
            halfWritten = Convert.ToInt32(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        return new Check(_acknowledged.Count, stored.Count, stored.Count - distinct.Count, missing, halfWritten);
    }

    private static void Add(DbCommand cmd, string value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = "p";
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
