using System.Globalization;
using System.Text;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;
using OffeneVersammlung.Facilitator.Screens;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group space as small HTML pages written on the server, like the invitation's page: no script, no WebAssembly,
/// plain forms that post and are answered with a redirect to the page (a reload never posts twice), one style sheet.
/// Each form carries a fresh command id, so a double tap is applied once. The public profile is written from
/// <see cref="PublicGroupProfile"/> alone, which holds nothing of any member.
/// </summary>
public static class GroupSpacePage
{
    public static string WriteMember(MemberSpaceView view, string token, string pageUrl, string? publicUrl, GroupSpaceTexts texts, string? notice)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(texts);
        var html = new StringBuilder();
        // A German page posts without ?lang=, so its addresses stay as short as the link itself.
        var language = texts.Language == UiLanguages.Default ? null : texts.Language.Tag;
        Open(html, texts, texts.Format("PageTitle", view.Profile.Name));
        html.Append("<header class=\"space-header\">");
        LanguageSwitch(html, texts, l => GroupSpaceRoutes.Member(token, language: l.Tag));
        html.Append("<p class=\"kicker\">").Append(Enc(texts["Kicker"])).Append("</p>");
        html.Append("<h1 dir=\"auto\">").Append(Enc(view.Profile.Name)).Append("</h1>");
        html.Append("<p class=\"origin\">").Append(Enc(texts.Format("FromAssembly", view.AssemblyTitle, texts.Date(view.AssemblyDate)))).Append("</p></header><main>");
        if (notice is not null)
        {
            html.Append("<p class=\"notice\" role=\"status\">").Append(Enc(texts[notice])).Append("</p>");
        }

        html.Append("<section class=\"save-link\" aria-labelledby=\"save\"><h2 id=\"save\">").Append(Enc(texts["SaveLinkHeading"])).Append("</h2><p>").Append(Enc(texts["SaveLinkText"])).Append("</p>");
        html.Append("<p class=\"page-link\"><a href=\"").Append(Attr(pageUrl)).Append("\">").Append(Enc(pageUrl)).Append("</a></p>");
        html.Append("<img class=\"page-qr\" src=\"").Append(Attr(GroupSpaceRoutes.Member(token, "qr.svg"))).Append("\" alt=\"").Append(Attr(texts["QrAlt"])).Append("\" width=\"160\" height=\"160\"></section>");

        Steps(html, view, token, texts, language);
        Dates(html, view, token, texts, language);
        Entries(html, view, token, texts, language);
        Profile(html, view.Profile, token, texts, language);
        Members(html, view, token, texts, language);
        Public(html, view, token, publicUrl, texts, language);
        Keeping(html, view, token, texts, language);
        Leaving(html, token, texts, language);
        html.Append("</main>");
        Close(html);
        return html.ToString();
    }

    public static string WritePublic(PublicGroupProfile profile, string token, GroupSpaceTexts texts)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(texts);
        var html = new StringBuilder();
        Open(html, texts, profile.Name);
        html.Append("<header class=\"space-header\">");
        LanguageSwitch(html, texts, l => GroupSpaceRoutes.Public(token, l.Tag));
        html.Append("<p class=\"kicker\">").Append(Enc(texts["PublicKicker"])).Append("</p>");
        html.Append("<h1 dir=\"auto\">").Append(Enc(profile.Name)).Append("</h1></header><main><dl class=\"facts\">");
        Fact(html, texts["PublicProblem"], profile.Problem);
        if (profile.Goals.Count > 0)
        {
            html.Append("<dt>").Append(Enc(texts["PublicGoals"])).Append("</dt><dd><ul>");
            foreach (var goal in profile.Goals)
            {
                html.Append("<li dir=\"auto\">").Append(Enc(goal)).Append("</li>");
            }

            html.Append("</ul></dd>");
        }

        Fact(html, texts["PublicIndicators"], profile.Indicators);
        Fact(html, texts["PublicStatus"], profile.Status);
        Fact(html, texts["PublicPartners"], profile.Partners);
        html.Append("<dt>").Append(Enc(texts["NextDate"])).Append("</dt><dd>");
        if (profile.NextDate is { } next)
        {
            html.Append(Enc(texts.DateAndTime(InZone(next.At))));
            if (next.Place is { } place)
            {
                html.Append("<br><span dir=\"auto\">").Append(Enc(place)).Append("</span>");
            }
        }
        else
        {
            html.Append(Enc(texts["PublicNoDate"]));
        }

        html.Append("</dd></dl></main>");
        Close(html);
        return html.ToString();
    }

    /// <summary>The page for an unknown, deleted or left link (<paramref name="key"/>: NotFoundText, Left, Deleted); the same for all, so a link tells nothing.</summary>
    public static string WriteGone(GroupSpaceTexts texts, string key)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var html = new StringBuilder();
        var title = key == "NotFoundText" ? texts["NotFoundTitle"] : texts["Kicker"];
        Open(html, texts, title);
        html.Append("<main><h1>").Append(Enc(title)).Append("</h1><p>").Append(Enc(texts[key])).Append("</p></main>");
        Close(html);
        return html.ToString();
    }

    /// <summary>A date as the group reads it: on the meeting zone's wall clock (the form takes it in the same zone).</summary>
    public static DateTimeOffset InZone(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, MeetingZone.Zone);

    private static void Steps(StringBuilder html, MemberSpaceView view, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"steps\"><h2 id=\"steps\">").Append(Enc(texts["StepsHeading"])).Append("</h2>");
        if (view.FirstSteps.Count == 0)
        {
            html.Append("<p>").Append(Enc(texts["NoSteps"])).Append("</p>");
        }
        else
        {
            html.Append("<ul class=\"steps\">");
            foreach (var step in view.FirstSteps)
            {
                html.Append("<li class=\"").Append(step.Done ? "done" : "open").Append("\"><span dir=\"auto\">").Append(Enc(step.Text)).Append("</span>");
                if (step.Done)
                {
                    html.Append(" <strong class=\"done-mark\">✓ ").Append(Enc(texts["StepDone"])).Append("</strong>");
                }

                FormOpen(html, token, "abhaken", language, "inline");
                Hidden(html, "step", step.Id.ToString("N"));
                Hidden(html, "done", step.Done ? "false" : "true");
                html.Append("<button type=\"submit\" aria-label=\"").Append(Attr(texts.Format(step.Done ? "UntickStep" : "TickStep", step.Text))).Append("\">")
                    .Append(Enc(texts[step.Done ? "Untick" : "Tick"])).Append("</button></form></li>");
            }

            html.Append("</ul>");
        }

        FormOpen(html, token, "schritt", language, "add");
        Field(html, "step-text", "text", texts["NewStep"], null, SpaceLimits.StepText, required: true);
        html.Append("<button type=\"submit\">").Append(Enc(texts["AddStep"])).Append("</button></form></section>");
    }

    private static void Dates(StringBuilder html, MemberSpaceView view, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"dates\"><h2 id=\"dates\">").Append(Enc(texts["DatesHeading"])).Append("</h2>");
        if (view.NextDate is { } next)
        {
            html.Append("<p class=\"next\"><strong>").Append(Enc(texts["NextDate"])).Append(":</strong> ").Append(Enc(texts.DateAndTime(InZone(next.At)))).Append("</p>");
        }

        if (view.MeetingDates.Count == 0)
        {
            html.Append("<p>").Append(Enc(texts["NoDates"])).Append("</p>");
        }
        else
        {
            html.Append("<ul class=\"dates\">");
            foreach (var date in view.MeetingDates)
            {
                var when = texts.DateAndTime(InZone(date.At));
                html.Append("<li><span>").Append(Enc(when)).Append("</span>");
                if (date.Place is { } place)
                {
                    html.Append(" · <span dir=\"auto\">").Append(Enc(place)).Append("</span>");
                }

                html.Append(" <a href=\"").Append(Attr(GroupSpaceRoutes.Member(token, $"termin/{date.Id:N}.ics"))).Append("\" aria-label=\"").Append(Attr(texts.Format("DateIcs", when) + " (.ics)")).Append("\">.ics</a>");
                FormOpen(html, token, "termin-entfernen", language, "inline");
                Hidden(html, "date", date.Id.ToString("N"));
                html.Append("<button type=\"submit\" class=\"quiet\" aria-label=\"").Append(Attr(texts.Format("RemoveDate", when))).Append("\">✕</button></form></li>");
            }

            html.Append("</ul>");
        }

        FormOpen(html, token, "termin", language, "add");
        Field(html, "date-at", "at", texts["NewDate"], null, 16, required: true, type: "datetime-local");
        Field(html, "date-place", "place", texts["NewPlace"], null, Contracts.TextLimits.Place);
        html.Append("<button type=\"submit\">").Append(Enc(texts["AddDate"])).Append("</button></form>");
        html.Append("<p><a href=\"").Append(Attr(GroupSpaceRoutes.Member(token, "termine.ics"))).Append("\">").Append(Enc(texts["FeedLink"])).Append("</a></p></section>");
    }

    private static void Entries(StringBuilder html, MemberSpaceView view, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"entries\"><h2 id=\"entries\">").Append(Enc(texts["EntriesHeading"])).Append("</h2>");
        FormOpen(html, token, "stand", language, "add");
        Area(html, "entry-text", "text", texts["NewEntry"], null, SpaceLimits.EntryText, required: true);
        html.Append("<button type=\"submit\">").Append(Enc(texts["AddEntry"])).Append("</button></form>");
        if (view.Entries.Count == 0)
        {
            html.Append("<p>").Append(Enc(texts["NoEntries"])).Append("</p>");
        }
        else
        {
            html.Append("<ol class=\"entries\">");
            foreach (var entry in view.Entries)
            {
                html.Append("<li><p class=\"entry-meta\">").Append(Enc(texts.Format("EntryBy", NameOf(entry.Author, texts), texts.Date(InZone(entry.At))))).Append("</p><p dir=\"auto\">")
                    .Append(HtmlText.Block(entry.Text)).Append("</p></li>");
            }

            html.Append("</ol>");
        }

        html.Append("</section>");
    }

    private static void Profile(StringBuilder html, SpaceProfile profile, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"profile\"><h2 id=\"profile\">").Append(Enc(texts["ProfileHeading"])).Append("</h2>");
        FormOpen(html, token, "profil", language, "profile");
        Field(html, "p-name", "name", texts["FieldName"], profile.Name, Contracts.TextLimits.GroupName, required: true);
        Area(html, "p-problem", "problem", texts["FieldProblem"], profile.Problem, Contracts.TextLimits.ProfileField);
        Area(html, "p-goals", "goals", texts["FieldGoals"], string.Join('\n', profile.Goals), (Contracts.TextLimits.ProfileGoal + 1) * Contracts.TextLimits.MaxGoals);
        Area(html, "p-indicators", "indicators", texts["FieldIndicators"], profile.Indicators, Contracts.TextLimits.ProfileField);
        Field(html, "p-status", "status", texts["FieldStatus"], profile.Status, Contracts.TextLimits.ProfileField);
        Area(html, "p-partners", "partners", texts["FieldPartners"], profile.Partners, Contracts.TextLimits.ProfileField);
        Area(html, "p-support", "support", texts["FieldSupport"], profile.SupportNeeded, Contracts.TextLimits.ProfileField);
        Area(html, "p-questions", "questions", texts["FieldQuestions"], profile.OpenQuestions, Contracts.TextLimits.ProfileField);
        html.Append("<button type=\"submit\">").Append(Enc(texts["SaveProfile"])).Append("</button></form></section>");
    }

    private static void Members(StringBuilder html, MemberSpaceView view, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"members\"><h2 id=\"members\">").Append(Enc(texts["MembersHeading"])).Append("</h2><ul class=\"members\">");
        foreach (var member in view.Members)
        {
            html.Append("<li><strong dir=\"auto\">").Append(Enc(NameOf(member.Name, texts))).Append("</strong>");
            if (member.IsMe)
            {
                html.Append(" (").Append(Enc(texts["Me"])).Append(')');
            }

            if (member.OnPaper)
            {
                html.Append(" · ").Append(Enc(texts["OnPaper"]));
            }

            html.Append("<br>").Append(member.Contact is { } contact ? "<span dir=\"auto\">" + Enc(contact) + "</span>" : "<span class=\"muted\">" + Enc(texts["NoContact"]) + "</span>").Append("</li>");
        }

        html.Append("</ul>");
        FormOpen(html, token, "kontakt", language, "add");
        Field(html, "contact", "contact", texts["ContactHeading"], view.Me.Contact, SpaceLimits.Contact, describedBy: "contact-help");
        html.Append("<p id=\"contact-help\" class=\"help\">").Append(Enc(texts["ContactHelp"])).Append("</p>");
        html.Append("<button type=\"submit\">").Append(Enc(texts["SaveContact"])).Append("</button></form></section>");
    }

    private static void Public(StringBuilder html, MemberSpaceView view, string token, string? publicUrl, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"public\"><h2 id=\"public\">").Append(Enc(texts["PublicHeading"])).Append("</h2><p>").Append(Enc(texts[view.IsPublic ? "PublicOn" : "PublicOff"])).Append("</p>");
        if (view.IsPublic && publicUrl is not null)
        {
            html.Append("<p class=\"page-link\"><a href=\"").Append(Attr(publicUrl)).Append("\">").Append(Enc(texts["PublicLink"])).Append("</a>: ").Append(Enc(publicUrl)).Append("</p>");
        }

        FormOpen(html, token, "oeffentlich", language, "inline");
        Hidden(html, "public", view.IsPublic ? "false" : "true");
        html.Append("<button type=\"submit\">").Append(Enc(texts[view.IsPublic ? "SwitchOff" : "SwitchOn"])).Append("</button></form></section>");
    }

    private static void Keeping(StringBuilder html, MemberSpaceView view, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"keeping\"><h2 id=\"keeping\">").Append(Enc(texts["RetentionHeading"])).Append("</h2><p>")
            .Append(Enc(texts.Format("RetentionText", view.RetentionMonths, texts.Date(InZone(view.DeletesAt))))).Append("</p>");
        FormOpen(html, token, "aufbewahrung", language, "add");
        html.Append("<label for=\"months\">").Append(Enc(texts["RetentionChoose"])).Append("</label><select id=\"months\" name=\"months\">");
        foreach (var months in SpaceRetention.OfferedMonths)
        {
            html.Append("<option value=\"").Append(months.ToString(CultureInfo.InvariantCulture)).Append('"').Append(months == view.RetentionMonths ? " selected" : string.Empty).Append('>')
                .Append(Enc(texts.Format("Months", months))).Append("</option>");
        }

        html.Append("</select><button type=\"submit\">").Append(Enc(texts["SaveRetention"])).Append("</button></form></section>");
    }

    private static void Leaving(StringBuilder html, string token, GroupSpaceTexts texts, string? language)
    {
        html.Append("<section aria-labelledby=\"leave\" class=\"danger\"><h2 id=\"leave\">").Append(Enc(texts["LeaveHeading"])).Append("</h2><p>").Append(Enc(texts["LeaveText"])).Append("</p>");
        FormOpen(html, token, "verlassen", language, "inline");
        html.Append("<button type=\"submit\">").Append(Enc(texts["Leave"])).Append("</button></form></section>");
        html.Append("<section aria-labelledby=\"delete\" class=\"danger\"><h2 id=\"delete\">").Append(Enc(texts["DeleteHeading"])).Append("</h2><p>").Append(Enc(texts["DeleteText"])).Append("</p>");
        FormOpen(html, token, "loeschen", language, "add");
        html.Append("<p class=\"confirm\"><input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"ja\" required> <label for=\"confirm\">").Append(Enc(texts["DeleteConfirm"])).Append("</label></p>");
        html.Append("<button type=\"submit\" class=\"destructive\">").Append(Enc(texts["Delete"])).Append("</button></form></section>");
    }

    private static string NameOf(string name, GroupSpaceTexts texts) => string.IsNullOrWhiteSpace(name) ? texts["UnnamedMember"] : name;

    private static void Fact(StringBuilder html, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        html.Append("<dt>").Append(Enc(label)).Append("</dt><dd dir=\"auto\">").Append(HtmlText.Block(value)).Append("</dd>");
    }

    private static void FormOpen(StringBuilder html, string token, string action, string? language, string cssClass)
    {
        html.Append("<form method=\"post\" class=\"").Append(cssClass).Append("\" action=\"").Append(Attr(GroupSpaceRoutes.Member(token, action, language))).Append("\">");
        Hidden(html, "command", Guid.NewGuid().ToString("N"));
    }

    private static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Attr(value)).Append("\">");

    private static void Field(
        StringBuilder html, string id, string name, string label, string? value, int maxLength, bool required = false, string type = "text", string? describedBy = null)
    {
        html.Append("<label for=\"").Append(id).Append("\">").Append(Enc(label)).Append("</label><input type=\"").Append(type).Append("\" id=\"").Append(id).Append("\" name=\"").Append(name).Append('"');
        if (type == "text")
        {
            html.Append(" maxlength=\"").Append(maxLength.ToString(CultureInfo.InvariantCulture)).Append("\" dir=\"auto\"");
        }

        if (value is not null)
        {
            html.Append(" value=\"").Append(Attr(value)).Append('"');
        }

        if (describedBy is not null)
        {
            html.Append(" aria-describedby=\"").Append(describedBy).Append('"');
        }

        html.Append(required ? " required>" : ">");
    }

    private static void Area(StringBuilder html, string id, string name, string label, string? value, int maxLength, bool required = false)
    {
        html.Append("<label for=\"").Append(id).Append("\">").Append(Enc(label)).Append("</label><textarea id=\"").Append(id).Append("\" name=\"").Append(name).Append("\" rows=\"3\" dir=\"auto\" maxlength=\"")
            .Append(maxLength.ToString(CultureInfo.InvariantCulture)).Append('"').Append(required ? " required" : string.Empty).Append('>')
            .Append(System.Net.WebUtility.HtmlEncode(value ?? string.Empty)).Append("</textarea>");
    }

    private static void Open(StringBuilder html, GroupSpaceTexts texts, string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"").Append(texts.Language.HtmlLang).Append("\" dir=\"").Append(texts.Language.Dir).Append("\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><meta name=\"referrer\" content=\"no-referrer\">");
        html.Append("<title>").Append(Enc(title)).Append("</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        html.Append("<link rel=\"stylesheet\" href=\"/css/standalone.css\"><link rel=\"stylesheet\" href=\"/css/groupspace.css\"></head><body class=\"groupspace\">");
    }

    private static void Close(StringBuilder html) => html.Append("</body></html>");

    private static void LanguageSwitch(StringBuilder html, GroupSpaceTexts texts, Func<UiLanguage, string> link)
    {
        html.Append("<nav class=\"languages\" aria-label=\"").Append(Attr(texts["Languages"])).Append("\"><ul>");
        foreach (var language in GroupSpaceTexts.Languages)
        {
            html.Append("<li>");
            if (language == texts.Language)
            {
                html.Append("<span aria-current=\"true\">").Append(Enc(language.NativeName)).Append("</span>");
            }
            else
            {
                html.Append("<a href=\"").Append(Attr(link(language))).Append("\" lang=\"").Append(language.HtmlLang).Append("\" hreflang=\"").Append(language.HtmlLang).Append("\">").Append(Enc(language.NativeName)).Append("</a>");
            }

            html.Append("</li>");
        }

        html.Append("</ul></nav>");
    }

    private static string Enc(string text) => HtmlText.Inline(text);

    private static string Attr(string text) => HtmlText.Inline(text);
}
