namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>
/// Walks one planned recommendation through the workflow with the entity's own step methods,
/// a few working days between steps, and stops at the present: what would happen after now is
/// still to come, so recent ones are open and the history always chains as the rules allow.
/// </summary>
public sealed class DemoLifecycle(DemoWorld w, Random rng, DateTime now, int reopenPeriodDays)
{
    private DateTime _at;
    private DateOnly Day => VietnamTime.DayOf(_at);

    public Recommendation Run(DemoPlanned p)
    {
        var field = w.Fields[p.Topic.Field];
        var locality = w.Locality(p.Province, p.Commune, p.ContactName);
        var focal = w.FocalLeaderActor(p.Province.Code, p.Day);
        var submitter = p.Channel switch
        {
            Channel.Web => locality,
            Channel.WorkingVisit => focal ?? w.Recorder,
            _ => w.Recorder,
        };
        var r = new Recommendation
        {
            Title = p.Title, Content = Content(p, focal, locality.Name), FieldId = field.Id, ConcernKind = p.Topic.Kind,
            ConcernReference = p.Topic.Reference?.Invoke(p.Scene), Urgency = p.Urgency, Channel = p.Channel, ConferenceName = p.ConferenceName,
            ProvinceCode = p.Province.Code, CommuneCode = p.Commune?.Code,
            SubmittingOrganisationId = p.Commune?.OfficeId ?? p.Province.DepartmentId, SubmittedById = submitter.UserId,
            ContactName = locality.Name,
            ContactEmail = p.Channel == Channel.Email ? w.EmailOf(locality.UserId) : null,
            RoutedUnitId = field.UnitId, FocalLeaderId = w.FocalLeaderOn(p.Province.Code, p.Day),
        };
        r.Submit(submitter, p.SubmitAt, p.Day, field.WorkingDays, w.Calendar);
        _at = p.SubmitAt;
        Handle(p, r, locality);
        return r;
    }

    private void Handle(DemoPlanned p, Recommendation r, Actor locality)
    {
        var s = p.Scene;
        if (!Step(0, 2)) return;
        r.Receive(w.Officer(r.RoutedUnitId), _at, null);
        if (p.DuplicateOf is not null)
        {
            if (Step(1, 4)) p.MergeAt = _at;   // merged once both have their numbers
            return;
        }
        if (p.Topic.TransferTo is { } code && w.UnitsByCode.TryGetValue(code, out var to) && to.Id != r.RoutedUnitId && rng.NextDouble() < 0.5)
        {
            if (!Step(0, 2)) return;
            r.Transfer(w.Officer(r.RoutedUnitId), _at, to.Id, to.Name, DemoWords.Transfer);
            if (p.Stalled && rng.NextDouble() < 0.3 || !Step(0, 2)) return;
            r.Receive(w.Officer(r.RoutedUnitId), _at, null);
        }
        if (p.Topic.CompetentBody is { } competent && !p.Stalled && rng.NextDouble() < 0.09)
        {
            if (!Step(1, 5)) return;
            var body = competent(s);
            r.DeclareOutsideRemit(w.Head(r.RoutedUnitId), _at, body, DemoWords.OutsideRemit(body));
            return;
        }
        if (p.Stalled && rng.NextDouble() < 0.25 || !Step(0, 3)) return;
        r.StartHandling(w.Officer(r.RoutedUnitId), _at, DemoWords.Start(s));
        if (rng.NextDouble() < 0.14)
        {
            if (!Step(1, 3)) return;
            var (question, reply) = DemoWords.Thread(s);
            Say(r, w.Officer(r.RoutedUnitId), question);
            if (rng.NextDouble() < 0.8)
            {
                if (!Step(0, 2)) return;
                Say(r, locality, reply);
            }
        }
        if (rng.NextDouble() < 0.08)
        {
            if (!Step(1, 4)) return;
            r.RequestInformation(w.Officer(r.RoutedUnitId), _at, Day, DemoWords.RequestInformation(s), w.Calendar);
            if (rng.NextDouble() < 0.1 || !Step(2, 8)) return;   // some localities never come back
            r.ProvideInformation(locality, _at, Day, DemoWords.ProvideInformation(s), w.Calendar);
        }
        if (p.Stalled)
        {
            // The focal leader of the province chases what is overdue.
            var due = w.Calendar.Deadline(r.DueOn, rng.Next(2, 7));
            if (w.FocalLeaderActor(p.Province.Code, Day) is { } focal && StepOn(due)) Say(r, focal, DemoWords.Reminder(s));
            return;
        }
        if (!Answer(p, r, again: false)) return;
        AfterAnswer(p, r, locality, again: false);
    }

    private void AfterAnswer(DemoPlanned p, Recommendation r, Actor locality, bool again)
    {
        var s = p.Scene;
        if (rng.NextDouble() < 0.6)
        {
            if (!Step(0, 6)) return;
            var satisfied = rng.NextDouble() < (again ? 0.8 : 0.86);
            r.Rate(locality, _at, satisfied, satisfied ? DemoWords.Satisfied(s) : DemoWords.Unsatisfied(s));
            if (!satisfied && !again && rng.NextDouble() < 0.5)
            {
                if (!Step(0, 5) || r.AnsweredOn!.Value.AddDays(reopenPeriodDays) < Day) return;
                r.Reopen(locality, _at, Day, DemoWords.Reopen(s), reopenPeriodDays, w.Calendar);
                if (!Step(0, 2)) return;
                r.StartHandling(w.Officer(r.RoutedUnitId), _at, null);
                if (!Answer(p, r, again: true)) return;
                AfterAnswer(p, r, locality, again: true);
                return;
            }
        }
        if (rng.NextDouble() < 0.5 && Step(1, 10))
            r.Close(locality, _at, DemoWords.Close(s));
    }

    /// <summary>Most answers come in the last days before the deadline, some early, about one in seven late.</summary>
    private bool Answer(DemoPlanned p, Recommendation r, bool again)
    {
        var left = w.Calendar.WorkingDaysBetween(Day, r.DueOn);
        var late = left < 1 || rng.NextDouble() < 0.14;
        var days = late ? Math.Max(left, 0) + 1 + Math.Min(25, (int)(-Math.Log(1 - rng.NextDouble()) * 5))
            : rng.NextDouble() < 0.45 ? rng.Next(1, left + 1)
            : Math.Max(1, left - rng.Next(0, Math.Min(left, 5)));
        if (!StepAfter(days)) return false;
        var unit = w.Units[r.RoutedUnitId];
        r.AnswerWith(w.Head(unit.Id), _at, Day, p.Topic.WrittenAnswer(p.Scene, r.Title, unit.Name, again));
        return true;
    }

    private void Say(Recommendation r, Actor author, string text) => r.Messages.Add(new RecommendationMessage
    {
        At = _at, AuthorId = author.UserId, AuthorName = author.Name, AuthorOrganisation = author.OrganisationName, FromMinistry = author.IsMinistry, Text = text,
    });

    private static string Content(DemoPlanned p, Actor? focal, string contact)
    {
        var text = p.Topic.Content(p.Scene);
        var s = p.Scene;
        return p.Channel switch
        {
            Channel.Conference => $"Ý kiến của đại diện {s.Sender} tại {p.ConferenceName} ngày {Display.Date(p.Day)}: {text}",
            Channel.WorkingVisit => $"Ghi nhận tại buổi làm việc giữa {(focal is null ? "Đoàn công tác của Bộ Công Thương" : $"đồng chí {focal.Name}, lãnh đạo cấp Vụ phụ trách {p.Province.Inline},")} và {s.Sender} ngày {Display.Date(p.Day)}. {text}",
            Channel.Hotline => $"Ghi nhận qua đường dây nóng: {contact}, {s.Sender}, phản ánh: {text}",
            Channel.Letter => $"Công văn của {s.Sender} ngày {Display.Date(p.Day)} nêu: {text}",
            Channel.Email => $"Thư điện tử của {s.Sender}: {text}",
            _ => text,
        };
    }

    private bool Step(int min, int max) => StepAfter(rng.Next(min, max + 1));

    /// <summary>Moves to office hours some working days after the last step; false when that is still to come.</summary>
    private bool StepAfter(int workingDays) =>
        StepOn(workingDays == 0 && w.Calendar.IsWorkingDay(Day) ? Day : w.Calendar.Deadline(Day, Math.Max(1, workingDays)));

    private bool StepOn(DateOnly day)
    {
        var at = DemoTime.Utc(day, rng.Next(7 * 60 + 45, 16 * 60 + 45));
        if (at <= _at) at = _at.AddMinutes(rng.Next(15, 120));
        // Past office hours: the next working morning.
        var minutes = DemoTime.LocalMinutes(at);
        if (minutes >= 18 * 60 || minutes < 7 * 60)
            at = DemoTime.Utc(w.Calendar.Deadline(VietnamTime.DayOf(at).AddDays(minutes < 7 * 60 ? -1 : 0), 1), rng.Next(7 * 60 + 45, 10 * 60));
        if (at > now) return false;
        _at = at;
        return true;
    }
}
