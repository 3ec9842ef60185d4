using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Shared;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Bench;

public sealed record BatchRows(List<object?[]> Groups, List<object?[]> Recommendations, List<object?[]> Events, List<object?[]> Messages);

/// <summary>
/// Ten years of recommendations, each walked through the workflow up to now: received, handled,
/// sometimes returned for information, discussed, grouped, answered, rated, reopened, closed.
/// Titles, contents, answers and comments are the demo data set's topics and words.
/// </summary>
public sealed class Walk(DemoWorld w, Random rng, DateTime now, Dictionary<int, (string Id, string FullName)[]> people, Ids ids)
{
    private readonly DateOnly today = VietnamTime.DayOf(now);
    private readonly DateOnly first = VietnamTime.DayOf(now).AddYears(-10);
    private readonly double[] provinceWeights = [.. w.Provinces.Select(p => (double)p.Communes.Count)];
    private readonly Dictionary<(string, bool), DemoTopic[]> topics = [];
    /// <summary>The open group each field is filling, and how many it holds.</summary>
    private readonly Dictionary<string, (int Id, string Title, int Count)> openGroups = [];

    public long EventRows { get; private set; }
    public long MessageRows { get; private set; }
    public long GroupRows { get; private set; }

    public BatchRows Next(int count)
    {
        var batch = new BatchRows([], new List<object?[]>(count), new List<object?[]>(count * 6), []);
        for (var i = 0; i < count; i++) One(batch);
        EventRows += batch.Events.Count;
        MessageRows += batch.Messages.Count;
        GroupRows += batch.Groups.Count;
        return batch;
    }

    private void One(BatchRows batch)
    {
        var id = ids.Recommendation++;
        // More and more use over the years: the day drawn with a density rising towards today.
        var day = first.AddDays((int)(Math.Sqrt(rng.NextDouble()) * (today.DayNumber - first.DayNumber)));
        var channel = rng.NextDouble() switch { < 0.76 => Channel.Web, < 0.83 => Channel.Hotline, < 0.92 => Channel.Letter, _ => Channel.Email };
        if (!w.Calendar.IsWorkingDay(day) && (channel != Channel.Web || rng.NextDouble() < 0.85)) day = WorkingDayBefore(day);
        var submitAt = DemoTime.Utc(day, rng.Next(7 * 60 + 30, 17 * 60));
        if (submitAt > now) submitAt = now.AddMinutes(-rng.Next(1, 600));
        day = VietnamTime.DayOf(submitAt);

        var province = w.Provinces[DemoPlan.Sample(rng, provinceWeights)];
        var reformed = day >= DemoScene.Reform;
        var topic = Pick(Topics(province, reformed));
        var commune = !reformed || topic.Level == DemoLevel.Province ? null
            : topic.Level == DemoLevel.Commune || rng.NextDouble() < 0.45 ? PickCommune(province, topic.Rural) : null;
        var scene = DemoScene.Create(rng, province, commune, day);
        var title = VietnameseText.Clean(topic.Title(scene));
        var content = VietnameseText.Clean(topic.Content(scene));
        var field = w.Fields[topic.Field];
        var unitId = field.UnitId;
        var unit = w.Units[unitId];

        var orgId = commune?.OfficeId ?? province.DepartmentId;
        var orgName = commune?.OfficeName ?? province.DepartmentName;
        var submitter = channel == Channel.Web ? PersonOf(orgId) : null;
        var contactName = submitter?.FullName ?? DemoNames.Person(rng.Next(100, 100_000));
        var locality = (submitter?.Id, contactName, orgName);
        var hub = w.Hub;
        var officer = PersonOf(unitId) is { } p ? (p.Id, p.FullName, unit.Name) : ((string?)null, DemoNames.Person(60 + unitId * 3), unit.Name);

        var status = S.Submitted;
        var version = 0;
        var dueOn = w.Calendar.Deadline(day, field.WorkingDays);
        int? remaining = null;
        string? answer = null, competentBody = null, ratingReason = null;
        DateOnly? answeredOn = null;
        DateTime? closedAt = null;
        bool? satisfied = null;
        int? groupId = null;
        var at = submitAt;

        void Event((string? Id, string Name, string Org) actor, string action, S? from, S to, string? comment)
        {
            version++;
            status = to;
            batch.Events.Add([ids.Events++, id, at, actor.Id, actor.Name, actor.Org, action, (int?)from, (int)to,
                string.IsNullOrWhiteSpace(comment) ? null : VietnameseText.Clean(comment)]);
        }
        bool Later(double minDays, double maxDays)
        {
            at = at.AddMinutes(rng.Next((int)(minDays * 1440), (int)(maxDays * 1440) + 1));
            return at <= now;
        }

        var recorder = channel == Channel.Web ? locality : (PersonOf(hub.Id)?.Id, PersonOf(hub.Id)?.FullName ?? DemoNames.Person(60 + hub.Id * 3), hub.Name);
        Event(recorder, "submit", null, S.Submitted, channel == Channel.Web ? null : $"Ghi nhận qua kênh: {RecommendationNames.Of(channel)}");
        var stalled = rng.NextDouble() < 0.004;
        if (Later(0.05, 2)) Event(officer, "receive", S.Submitted, S.Received, null);
        if (status == S.Received && !stalled)
        {
            if (topic.CompetentBody is { } body && rng.NextDouble() < 0.05)
            {
                if (Later(1, 6))
                {
                    competentBody = VietnameseText.Clean(body(scene));
                    Event(officer, "outside-remit", S.Received, S.OutsideRemit, DemoWords.OutsideRemit(competentBody));
                    closedAt = at;
                }
            }
            else Handle();
        }

        void Handle()
        {
            if (rng.NextDouble() < 0.6 && Later(0.1, 3)) Event(officer, "start", S.Received, S.InProgress, DemoWords.Start(scene));
            if (at > now) return;
            if (rng.NextDouble() < 0.01 && Later(0.1, 2))
            {
                var group = openGroups.TryGetValue(topic.Field, out var g) && g.Count < 5 ? g : NewGroup(batch, topic.Field, title, at, officer.Item1);
                openGroups[topic.Field] = group with { Count = group.Count + 1 };
                groupId = group.Id;
                Event(officer, "group", status, status, $"Trả lời chung theo nhóm: {group.Title}");
            }
            if (rng.NextDouble() < 0.12 && Later(0.5, 6))
            {
                Event(officer, "request-information", status, S.NeedsInformation, DemoWords.RequestInformation(scene));
                remaining = w.Calendar.WorkingDaysBetween(VietnamTime.DayOf(at), dueOn);
                if (!Later(2, 12)) return;
                Event(locality, "provide-information", S.NeedsInformation, S.InProgress, DemoWords.ProvideInformation(scene));
                dueOn = w.Calendar.Deadline(VietnamTime.DayOf(at), Math.Max(1, remaining ?? 1));
                remaining = null;
            }
            if (rng.NextDouble() < 0.08 && Later(0.2, 4))
            {
                var (question, reply) = DemoWords.Thread(scene);
                Message(batch, id, at, officer, true, question);
                if (Later(0.1, 3)) Message(batch, id, at, locality, false, reply);
            }
            if (!Later(2, field.WorkingDays * 1.4)) return;
            Answer(again: false);
            if (rng.NextDouble() < 0.55 && Later(0.5, 10)) Rate();
            if (rng.NextDouble() < 0.04 && Later(1, 20))
            {
                Event(locality, "reopen", status, S.Reopened, DemoWords.Reopen(scene));
                dueOn = w.Calendar.Deadline(VietnamTime.DayOf(at), field.WorkingDays);
                closedAt = null;
                if (!Later(2, field.WorkingDays)) return;
                Answer(again: true);
            }
            if (rng.NextDouble() < 0.7 && Later(1, 30))
            {
                Event(locality, "close", S.Answered, S.Closed, DemoWords.Close(scene));
                closedAt = at;
            }
        }

        void Answer(bool again)
        {
            answer = VietnameseText.Clean(topic.WrittenAnswer(scene, title, unit.Name, again));
            answeredOn = VietnamTime.DayOf(at);
            satisfied = null;
            ratingReason = null;
            Event(officer, "answer", status, S.Answered, null);
        }

        void Rate()
        {
            satisfied = rng.NextDouble() < 0.85;
            ratingReason = VietnameseText.Clean(satisfied.Value ? DemoWords.Satisfied(scene) : DemoWords.Unsatisfied(scene)) is { Length: > 0 } r ? r : null;
            Event(locality, satisfied.Value ? "rate-satisfied" : "rate-unsatisfied", status, status, ratingReason);
        }

        batch.Recommendations.Add([
            id, title, content, field.Id, (int)topic.Kind, topic.Reference is { } reference ? VietnameseText.Clean(reference(scene)) : null,
            (int)(rng.NextDouble() switch { < 0.03 => Urgency.VeryUrgent, < 0.16 => Urgency.Urgent, _ => Urgency.Normal }), (int)channel, null,
            province.Code, commune?.Code, orgId, submitter?.Id, contactName, null, null, unitId, null, (int)status, day, field.WorkingDays,
            dueOn, remaining, answer, answeredOn, closedAt, competentBody, groupId, null, satisfied, ratingReason, null, submitAt, LastAt(batch),
            version, VietnameseText.Fold(title + " " + content)]);
    }

    /// <summary>The time of the record's last event: the events of one record are the last ones added.</summary>
    private static DateTime LastAt(BatchRows batch) => (DateTime)batch.Events[^1][2]!;

    private (int Id, string Title, int Count) NewGroup(BatchRows batch, string field, string title, DateTime at, string? by)
    {
        var group = (ids.Group++, title, 0);
        batch.Groups.Add([group.Item1, title, at, by, null, null]);
        return group;
    }

    private void Message(BatchRows batch, int id, DateTime at, (string? Id, string Name, string Org) author, bool fromMinistry, string text) =>
        batch.Messages.Add([ids.Messages++, id, at, author.Id, author.Name, author.Org, fromMinistry, VietnameseText.Clean(text)]);

    private (string Id, string FullName)? PersonOf(int organisationId) =>
        people.TryGetValue(organisationId, out var list) && list.Length > 0 ? list[rng.Next(list.Length)] : null;

    private DemoTopic[] Topics(DemoProvince province, bool reformed)
    {
        if (!topics.TryGetValue((province.Code, reformed), out var list))
            topics[(province.Code, reformed)] = list = [.. DemoTopic.All.Where(t => w.Fields.ContainsKey(t.Field) && (!t.AfterReform || reformed)
                && (t.Applies?.Invoke(province) ?? true) && (t.Level != DemoLevel.Commune || reformed))];
        return list;
    }

    private DemoTopic Pick(DemoTopic[] list) => list[rng.Next(list.Length)];

    private DemoCommune PickCommune(DemoProvince province, bool rural)
    {
        var communes = province.Communes;
        for (var tries = 0; rural && tries < 8; tries++)
        {
            var c = communes[rng.Next(communes.Count)];
            if (c.Type != "phường") return c;
        }
        return communes[rng.Next(communes.Count)];
    }

    private DateOnly WorkingDayBefore(DateOnly day)
    {
        while (!w.Calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }
}
