using System.Text;
using MailKit.Net.Smtp;
using MimeKit;

namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Sends the e-mails waiting in the outbox. Each is claimed before it is sent: the claim sets
/// <see cref="OutboxEmail.LockedUntil"/> only if it still holds the value this instance read, so
/// of two instances that read the same row one claims it and the other moves on. A failure is
/// counted and retried later, less and less often, until <see cref="MaxAttempts"/>. A batch goes over
/// one SMTP connection.
/// </summary>
public static class OutboxSender
{
    public const int MaxAttempts = 8;
    public const int BatchSize = 50;
    /// <summary>At most this many batches a run, so that reminders are not held up by a long queue.</summary>
    public const int MaxBatches = 20;
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <returns>How many e-mails were sent.</returns>
    public static async Task<int> RunOnceAsync(CauNoiDb db, TimeProvider clock, SmtpSettings smtp, ILogger logger, CancellationToken ct = default)
    {
        if (!smtp.IsConfigured) return 0;
        if (smtp.PublicBaseUrl is null)
        {
            // Held, not sent with links no mail client can open: they go out once the address is set.
            logger.LogError("E-mails held in the outbox: CauNoi:PublicBaseUrl is not set, and their links would be relative");
            return 0;
        }
        var sent = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var claimed = await ClaimAsync(db, clock, ct);
            if (claimed.Count == 0) break;
            SmtpClient? client;
            try
            {
                client = await smtp.ConnectAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // None of the batch can go: each counts the attempt and waits; the rest of the queue waits for the next round.
                foreach (var mail in claimed) await FailedAsync(db, mail, e, clock, logger, ct);
                break;
            }
            using (client)
            {
                foreach (var mail in claimed)
                    if (await SendAsync(db, client, smtp, mail, clock, logger, ct)) sent++;
                if (client is not null) await client.DisconnectAsync(quit: true, ct);
            }
        }
        return sent;
    }

    private static async Task<List<OutboxEmail>> ClaimAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxEmails.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.LockedUntil }).Take(BatchSize).ToListAsync(ct);
        var until = now + ClaimFor;
        var mine = new List<long>();
        foreach (var c in candidates)
        {
            var seen = c.LockedUntil;
            // Compare-and-set: a row another instance claimed since we read it no longer matches.
            var claimed = await db.OutboxEmails.Where(m => m.Id == c.Id && m.SentAt == null && m.LockedUntil == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), ct);
            if (claimed == 1) mine.Add(c.Id);
        }
        return mine.Count == 0 ? [] : await db.OutboxEmails.AsNoTracking().Where(m => mine.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
    }

    // The outbox's own bookkeeping is written with ExecuteUpdate: the audit trail records the
    // e-mail's creation with the change that caused it, not every attempt to deliver it.
    private static async Task<bool> SendAsync(CauNoiDb db, SmtpClient? client, SmtpSettings smtp, OutboxEmail mail, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        try
        {
            using var message = Message(smtp, mail);
            if (client is not null)
                await client.SendAsync(message, ct);
            else
            {
                // No server chooses the transfer encoding for a file: UTF-8 as it is, declared 8-bit.
                message.Prepare(EncodingConstraint.EightBit);
                await message.WriteToAsync(Path.Combine(smtp.PickupDirectory!, $"{Guid.NewGuid():N}.eml"), ct);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await FailedAsync(db, mail, e, clock, logger, ct);
            return false;
        }
        var at = clock.GetUtcNow().UtcDateTime;
        await db.OutboxEmails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, at).SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), ct);
        return true;
    }

    private static MimeMessage Message(SmtpSettings smtp, OutboxEmail mail)
    {
        var text = new TextPart(MimeKit.Text.TextFormat.Plain);
        text.SetText(Encoding.UTF8, Notify.WithAbsoluteLink(mail.Body, smtp.PublicBaseUrl));
        return new MimeMessage([MailboxAddress.Parse(smtp.From)], [MailboxAddress.Parse(mail.To)], mail.Subject, text);
    }

    private static async Task FailedAsync(CauNoiDb db, OutboxEmail mail, Exception e, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        var attempts = mail.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? retryAt = attempts >= MaxAttempts ? null : now + Backoff(attempts);
        var error = Describe(e);
        await db.OutboxEmails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error).SetProperty(m => m.LockedUntil, retryAt), ct);
        if (retryAt is null)
            logger.LogError("E-mail {Id} given up after {Attempts} attempts: {Error}", mail.Id, attempts, error);
        else
            logger.LogWarning("E-mail {Id} not sent (attempt {Attempts}), retrying after {RetryAt:u}: {Error}", mail.Id, attempts, retryAt, error);
    }

    /// <summary>2, 4, 8 … 128 minutes: a server down for a few hours loses nothing.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Pow(2, Math.Min(attempts, 7)));

    /// <summary>What went wrong, from the exception's messages only (they carry no credentials).</summary>
    private static string Describe(Exception e)
    {
        var text = new StringBuilder();
        for (var x = e; x is not null; x = x.InnerException)
            text.Append(text.Length == 0 ? "" : " → ").Append(x.GetType().Name).Append(": ").Append(x.Message);
        return text.Length > 2000 ? text.ToString(0, 2000) : text.ToString();
    }
}
