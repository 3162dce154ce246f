using System.Globalization;
using System.Text;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Qr;
using OffeneVersammlung.Facilitator.Resources;
using OffeneVersammlung.Facilitator.Screens;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The members' space under <c>/gruppenraum/{token}</c> (page, its forms, the meetings as .ics, the link's QR code)
/// and the public profile under <c>/gruppe/{token}</c>. A token of nobody, of a member who left, of a deleted space, and
/// a public token while the profile is off all answer the same 404 page. The forms carry no antiforgery token: the
/// secret is in the address they post to, which another site cannot know.
/// </summary>
public static class GroupSpaceEndpoints
{
    private static readonly HashSet<string> Notices =
        ["Saved", "NotSaved", "RefusedLastMemberStays", "RefusedTooManyGoals", "RefusedGroupSpaceFull", "DeleteNotConfirmed"];

    public static IEndpointRouteBuilder MapGroupSpaces(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(GroupSpaceRoutes.FromPhone, FromPhoneAsync).DisableAntiforgery();
        endpoints.MapGet(GroupSpaceRoutes.Gone, (string? lang, string? why) =>
            Page(GroupSpacePage.WriteGone(GroupSpaceTexts.For(lang), why == "deleted" ? "Deleted" : "Left")));

        var member = endpoints.MapGroup(GroupSpaceRoutes.Prefix + "/{token}");
        member.MapGet("/", async (string token, string? lang, string? n, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces, GroupSpaceOpening opening, PublicAddress address) =>
        {
            var texts = GroupSpaceTexts.For(lang);
            NoStore(context);
            if (await MemberOfAsync(token, links, context.RequestAborted) is not { } link)
            {
                return NotFound(texts);
            }

            var view = await spaces.ReadAsync(link.SpaceId, (s, now) => MemberSpaceView.For(s, link.MemberId!.Value, now), context.RequestAborted);
            if (view is null && link.AssemblyId is { } assemblyId && !await spaces.IsOpenedAsync(link.SpaceId, context.RequestAborted))
            {
                // A card printed during the evening: its space opens with the first visit after the close.
                await opening.OpenAllAsync(assemblyId, context.RequestAborted);
                if (!await spaces.IsOpenedAsync(link.SpaceId, context.RequestAborted))
                {
                    return Results.Content(GroupSpacePage.WriteGone(texts, "NotYetOpenText"), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
                }

                view = await spaces.ReadAsync(link.SpaceId, (s, now) => MemberSpaceView.For(s, link.MemberId!.Value, now), context.RequestAborted);
            }

            if (view is null)
            {
                return NotFound(texts);
            }

            var baseUrl = address.BaseUrl(context.Request);
            var publicToken = view.IsPublic ? await links.FindPublicAsync(link.SpaceId, context.RequestAborted) : null;
            return Page(GroupSpacePage.WriteMember(
                view,
                token,
                baseUrl + GroupSpaceRoutes.Member(token),
                publicToken is null ? null : baseUrl + GroupSpaceRoutes.Public(publicToken),
                texts,
                n is not null && Notices.Contains(n) ? n : null));
        });
        member.MapGet("/qr.svg", async (string token, HttpContext context, IGroupSpaceLinks links, PublicAddress address) =>
            await MemberOfAsync(token, links, context.RequestAborted) is null
                ? Results.NotFound()
                : Results.Text(QrSvg.Render(address.BaseUrl(context.Request) + GroupSpaceRoutes.Member(token)), "image/svg+xml"));
        member.MapGet("/termine.ics", (string token, string? lang, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces, TimeProvider time) =>
            CalendarAsync(token, lang, null, context, links, spaces, time));
        member.MapGet("/termin/{date}.ics", (string token, string date, string? lang, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces, TimeProvider time) =>
            Guid.TryParseExact(date, "N", out var dateId) ? CalendarAsync(token, lang, dateId, context, links, spaces, time) : Task.FromResult(Results.NotFound()));
        member.MapPost("/{action}", PostAsync).DisableAntiforgery();

        endpoints.MapGet(GroupSpaceRoutes.PublicPrefix + "/{token}", async (string token, string? lang, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces) =>
        {
            var texts = GroupSpaceTexts.For(lang);
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Robots-Tag"] = "noindex";
            return await links.FindAsync(token, context.RequestAborted) is { MemberId: null } link
                && await spaces.ReadAsync(link.SpaceId, PublicGroupProfile.Of, context.RequestAborted) is { } profile
                ? Page(GroupSpacePage.WritePublic(profile, token, texts))
                : NotFound(texts);
        });
        return endpoints;
    }

    private static async Task<IResult> FromPhoneAsync(HttpContext context, Admission admission, GroupSpaceOpening opening)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var texts = GroupSpaceTexts.For(form["lang"]);
        if (!Guid.TryParse(form["assembly"], out var assemblyId)
            || (await admission.ResumeAsync(assemblyId, form["device"])).Binding is not { ParticipantId: { } participantId }
            || await opening.LinkOfAsync(assemblyId, participantId, context.RequestAborted) is not { } token)
        {
            return NotFound(texts);
        }

        return SeeOther(GroupSpaceRoutes.Member(token, language: Language(texts)));
    }

    private static async Task<IResult> PostAsync(string token, string action, string? lang, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces)
    {
        var texts = GroupSpaceTexts.For(lang);
        if (await MemberOfAsync(token, links, context.RequestAborted) is not { } link)
        {
            return NotFound(texts);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var memberId = link.MemberId!.Value;
        if (action == "loeschen")
        {
            if (form["confirm"] != "ja")
            {
                return Back(token, texts, "DeleteNotConfirmed", "delete");
            }

            return await spaces.DeleteIfAsync(link.SpaceId, (state, _) => state.IsMember(memberId), context.RequestAborted)
                ? SeeOther(GroupSpaceRoutes.WithLanguage(GroupSpaceRoutes.Gone + "?why=deleted", Language(texts)))
                : NotFound(texts);
        }

        if (!Guid.TryParseExact(form["command"], "N", out var commandId) || CommandOf(action, commandId, form) is not { } posted)
        {
            return Back(token, texts, "NotSaved", null);
        }

        var (command, anchor) = posted;
        var decision = await spaces.ExecuteAsync(link.SpaceId, memberId, command, context.RequestAborted);
        if (decision.Refusal is { Code: RefusalCode.NotASpaceMember or RefusalCode.GroupSpaceNotOpened })
        {
            return NotFound(texts);
        }

        if (decision.IsAccepted && command is SetPublicProfile { IsPublic: true })
        {
            await links.GetOrCreatePublicAsync(link.SpaceId, context.RequestAborted);
        }

        if (decision.IsAccepted && command is LeaveGroupSpace)
        {
            return SeeOther(GroupSpaceRoutes.WithLanguage(GroupSpaceRoutes.Gone + "?why=left", Language(texts)));
        }

        var notice = decision.IsAccepted ? "Saved"
            : Notices.Contains("Refused" + decision.Refusal!.Code) ? "Refused" + decision.Refusal.Code
            : "NotSaved";
        return Back(token, texts, notice, anchor);
    }

    /// <summary>The command a form posts, with the section to come back to; null for an action or a value that makes none.</summary>
    private static (GroupSpaceCommand Command, string Anchor)? CommandOf(string action, Guid id, IFormCollection form)
    {
        string? Text(string name) => form[name].ToString() is { Length: > 0 } value ? value : null;
        return action switch
        {
            "profil" => (new EditSpaceProfile(id, new SpaceProfile(
                Text("name") ?? string.Empty,
                Text("problem"),
                [.. (Text("goals") ?? string.Empty).Split('\n').Select(g => g.Trim()).Where(g => g.Length > 0)],
                Text("indicators"),
                Text("status"),
                Text("partners"),
                Text("support"),
                Text("questions"))), "profile"),
            "schritt" => (new AddFirstStep(id, id, Text("text") ?? string.Empty), "steps"),
            "abhaken" when Guid.TryParseExact(form["step"], "N", out var step) => (new TickFirstStep(id, step, form["done"] == "true"), "steps"),
            "termin" when DateTime.TryParseExact(Text("at"), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) =>
                (new AddMeetingDate(id, id, MeetingZone.At(at), Text("place")), "dates"),
            "termin-entfernen" when Guid.TryParseExact(form["date"], "N", out var date) => (new RemoveMeetingDate(id, date), "dates"),
            "stand" => (new WriteStatusEntry(id, id, Text("text") ?? string.Empty), "entries"),
            "kontakt" => (new SetOwnContact(id, Text("contact")), "members"),
            "oeffentlich" => (new SetPublicProfile(id, form["public"] == "true"), "public"),
            "aufbewahrung" when int.TryParse(form["months"], NumberStyles.None, CultureInfo.InvariantCulture, out var months) => (new SetSpaceRetention(id, months), "keeping"),
            "verlassen" => (new LeaveGroupSpace(id), "leave"),
            _ => null,
        };
    }

    private static async Task<IResult> CalendarAsync(
        string token, string? lang, Guid? dateId, HttpContext context, IGroupSpaceLinks links, LiveGroupSpaces spaces, TimeProvider time)
    {
        var texts = GroupSpaceTexts.For(lang);
        if (await MemberOfAsync(token, links, context.RequestAborted) is not { } link
            || await spaces.ReadAsync(link.SpaceId, (s, now) => MemberSpaceView.For(s, link.MemberId!.Value, now), context.RequestAborted) is not { } view)
        {
            return Results.NotFound();
        }

        var dates = view.MeetingDates.Where(d => dateId is null || d.Id == dateId).ToList();
        if (dateId is not null && dates.Count == 0)
        {
            return Results.NotFound();
        }

        NoStore(context);
        var ics = GroupSpaceCalendar.Write(view.SpaceId, view.Profile.Name, dates, texts, time.GetUtcNow());
        return Results.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", dateId is null ? "termine.ics" : "termin.ics");
    }

    private static async Task<GroupSpaceLink?> MemberOfAsync(string token, IGroupSpaceLinks links, CancellationToken cancellationToken) =>
        await links.FindAsync(token, cancellationToken) is { MemberId: not null } link ? link : null;

    private static string? Language(GroupSpaceTexts texts) => texts.Language == Contracts.Languages.UiLanguages.Default ? null : texts.Language.Tag;

    private static IResult Back(string token, GroupSpaceTexts texts, string notice, string? anchor) =>
        SeeOther(GroupSpaceRoutes.WithLanguage(GroupSpaceRoutes.Member(token) + "?n=" + notice, Language(texts)) + (anchor is null ? string.Empty : "#" + anchor));

    // A private page: no cache may keep it, and no link on it tells another site where it came from.
    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
    }

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);

    private static IResult NotFound(GroupSpaceTexts texts) =>
        Results.Content(GroupSpacePage.WriteGone(texts, "NotFoundText"), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
