using System.Text;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The public invitation as one small HTML page, written on the server: no script, no WebAssembly, nothing from
/// another origin, one style sheet. It works on the oldest phone a neighbour has. It names nobody who takes part.
/// The info-screen mode shows the same invitation in large type and turns through the languages by a CSS
/// animation (none where the screen asks for reduced motion), and reloads itself every few minutes for the next date (its one small script; the page itself has none).
/// </summary>
public static class AnnouncementPage
{
    public static string Write(PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(texts);
        var html = new StringBuilder();
        Open(html, texts, texts.Format("PageTitle", announcement.View.Title), "announcement");
        html.Append("<header class=\"invitation-header\">");
        LanguageSwitch(html, texts, l => AnnouncementRoutes.Local(announcement.Token, language: l.Tag));
        html.Append("<p class=\"kicker\">").Append(Enc(texts["Invitation"])).Append("</p>");
        html.Append("<h1>").Append(Enc(announcement.View.Title)).Append("</h1></header><main>");
        Facts(html, announcement, texts);
        JoinBox(html, announcement, texts);
        html.Append("<p class=\"no-registration\">").Append(Enc(texts["NoRegistration"])).Append("</p>");
        HowTo(html, texts);
        Steps(html, announcement.View, texts);
        Access(html, announcement.View.Access, texts);
        Rules(html, announcement.View.HouseRules, texts);
        Contact(html, announcement.View.ContactPhone, texts);
        Share(html, announcement, texts);
        html.Append("</main>");
        Close(html);
        return html.ToString();
    }

    /// <summary>The info screen: title, next date, place, QR code, and the three steps in every language by turns.</summary>
    public static string WriteScreen(PublicAnnouncement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var german = AnnouncementTexts.For(UiLanguages.Default.Tag);
        var html = new StringBuilder();
        Open(html, german, german.Format("PageTitle", announcement.View.Title), "info-screen", reloads: true);
        html.Append("<main class=\"screen-grid\"><div class=\"screen-facts\">");
        html.Append("<h1>").Append(Enc(announcement.View.Title)).Append("</h1>");
        html.Append("<p class=\"screen-date\">").Append(Enc(german.DateAndTime(announcement.View.Date))).Append("</p>");
        if (announcement.View.Place is { } place)
        {
            html.Append("<p class=\"screen-place\">").Append(Enc(place)).Append("</p>");
        }

        html.Append("<div class=\"rotating\">");
        foreach (var language in AnnouncementTexts.Languages)
        {
            var texts = AnnouncementTexts.For(language.Tag);
            html.Append("<section class=\"turn\" lang=\"").Append(language.HtmlLang).Append("\" dir=\"").Append(language.Dir).Append("\" aria-label=\"").Append(Enc(language.NativeName)).Append("\">");
            html.Append("<p class=\"turn-language\">").Append(Enc(language.NativeName)).Append("</p>");
            html.Append("<p>").Append(Enc(texts["NoRegistration"])).Append("</p><ol class=\"screen-steps\">");
            foreach (var step in new[] { "How1", "How2", "How3" })
            {
                html.Append("<li>").Append(Enc(texts[step])).Append("</li>");
            }

            html.Append("</ol></section>");
        }

        html.Append("</div></div><div class=\"screen-code\">");
        html.Append("<img src=\"").Append(Attr(AnnouncementRoutes.Local(announcement.Token, "qr.svg"))).Append("\" alt=\"").Append(Attr(german["QrAlt"])).Append("\" width=\"420\" height=\"420\">");
        html.Append("<p class=\"screen-join-code\">").Append(Enc(german.Format("JoinCode", announcement.JoinCode))).Append("</p>");
        html.Append("</div></main>");
        Close(html);
        return html.ToString();
    }

    /// <summary>The page an unknown or deleted invitation answers with.</summary>
    public static string WriteNotFound(AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var html = new StringBuilder();
        Open(html, texts, texts["NotFoundTitle"], "announcement");
        html.Append("<main><h1>").Append(Enc(texts["NotFoundTitle"])).Append("</h1><p>").Append(Enc(texts["NotFoundText"])).Append("</p></main>");
        Close(html);
        return html.ToString();
    }

    private static void Open(StringBuilder html, AnnouncementTexts texts, string title, string bodyClass, bool reloads = false)
    {
        html.Append("<!DOCTYPE html><html lang=\"").Append(texts.Language.HtmlLang).Append("\" dir=\"").Append(texts.Language.Dir).Append("\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta name=\"robots\" content=\"noindex\">");
        if (reloads)
        {
            html.Append("<script src=\"/js/info-screen.js\" defer></script>");
        }

        html.Append("<title>").Append(Enc(title)).Append("</title>");
        html.Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        html.Append("<link rel=\"stylesheet\" href=\"/css/standalone.css\"><link rel=\"stylesheet\" href=\"/css/announcement.css\"></head><body class=\"").Append(bodyClass).Append("\">");
    }

    private static void Close(StringBuilder html) => html.Append("</body></html>");

    private static void LanguageSwitch(StringBuilder html, AnnouncementTexts texts, Func<UiLanguage, string> link)
    {
        html.Append("<nav class=\"languages\" aria-label=\"").Append(Attr(texts["Languages"])).Append("\"><ul>");
        foreach (var language in AnnouncementTexts.Languages)
        {
            html.Append("<li>");
            if (language == texts.Language)
            {
                html.Append("<span aria-current=\"true\">").Append(Enc(language.NativeName)).Append("</span>");
            }
            else
            {
                html.Append("<a href=\"").Append(Attr(link(language))).Append("\" lang=\"").Append(language.HtmlLang).Append("\" hreflang=\"").Append(language.HtmlLang).Append("\">")
                    .Append(Enc(language.NativeName)).Append("</a>");
            }

            html.Append("</li>");
        }

        html.Append("</ul></nav>");
    }

    private static void Facts(StringBuilder html, PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        var view = announcement.View;
        html.Append("<dl class=\"facts\">");
        html.Append("<dt>").Append(Enc(view.Series is null ? texts["When"] : texts["NextDate"])).Append("</dt><dd><strong>").Append(Enc(texts.DateAndTime(view.Date))).Append("</strong>");
        if (view.Series is { } series)
        {
            html.Append("<br>").Append(Enc(texts.Series(series, view.AnnouncedDate)));
        }

        html.Append("</dd>");
        if (view.Place is { } place)
        {
            html.Append("<dt>").Append(Enc(texts["Where"])).Append("</dt><dd>").Append(Enc(place)).Append("</dd>");
        }

        if (view.OnlineLink is { } link)
        {
            html.Append("<dt>").Append(Enc(texts["OnlineLink"])).Append("</dt><dd><a href=\"").Append(Attr(link)).Append("\" rel=\"noopener noreferrer\">").Append(Enc(link)).Append("</a></dd>");
        }

        html.Append("</dl>");
    }

    private static void JoinBox(StringBuilder html, PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        var view = announcement.View;
        html.Append("<section class=\"join-box\" aria-live=\"polite\">");
        switch (view.Joining)
        {
            case Joining.Open:
                html.Append("<p><a class=\"join-button\" href=\"").Append(Attr(announcement.JoinUrl)).Append("\">").Append(Enc(texts["JoinNow"])).Append("</a></p>");
                html.Append("<p class=\"join-code\">").Append(Enc(texts.Format("JoinCode", announcement.JoinCode))).Append("</p>");
                break;
            case Joining.NotYet:
                html.Append("<p>").Append(Enc(texts.Format("JoinOpensAt", texts.DateAndTime(view.JoiningOpensAt)))).Append("</p>");
                if (view.IsThisAssemblysDate)
                {
                    html.Append("<p class=\"join-code\">").Append(Enc(texts.Format("JoinCode", announcement.JoinCode))).Append("</p>");
                }

                break;
            default:
                html.Append("<p>").Append(Enc(texts["Over"])).Append("</p>");
                break;
        }

        html.Append("</section>");
    }

    private static void HowTo(StringBuilder html, AnnouncementTexts texts)
    {
        html.Append("<section aria-labelledby=\"howto\"><h2 id=\"howto\">").Append(Enc(texts["HowToHeading"])).Append("</h2><ol class=\"howto\">");
        foreach (var (key, picture) in new[] { ("How1", HowToPictures.Scan), ("How2", HowToPictures.Name), ("How3", HowToPictures.Tap) })
        {
            html.Append("<li>").Append(picture).Append("<span>").Append(Enc(texts[key])).Append("</span></li>");
        }

        html.Append("</ol><p>").Append(Enc(texts["HowNoPhone"])).Append("</p></section>");
    }

    private static void Steps(StringBuilder html, AnnouncementView view, AnnouncementTexts texts)
    {
        if (view.Steps.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"what\"><h2 id=\"what\">").Append(Enc(texts["WhatHappens"])).Append("</h2><ol class=\"steps\">");
        foreach (var step in view.Steps)
        {
            html.Append("<li>").Append(Enc(texts.Step(step.Phase)));
            if (step.Minutes is { } minutes)
            {
                html.Append(" <span class=\"minutes\">(").Append(Enc(texts.Format("Minutes", minutes))).Append(")</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ol></section>");
    }

    private static void Access(StringBuilder html, Accessibility access, AnnouncementTexts texts)
    {
        if (!access.SaysAnything())
        {
            return;
        }

        html.Append("<section aria-labelledby=\"access\"><h2 id=\"access\">").Append(Enc(texts["AccessHeading"])).Append("</h2><ul class=\"access\">");
        foreach (var (on, key) in new[] { (access.StepFree, "StepFree"), (access.Interpreters, "Interpreters"), (access.InductionLoop, "InductionLoop") })
        {
            if (on)
            {
                html.Append("<li>").Append(Enc(texts[key])).Append("</li>");
            }
        }

        html.Append("</ul>");
        if (access.Notes is { } notes)
        {
            html.Append("<p>").Append(HtmlText.Block(notes)).Append("</p>");
        }

        html.Append("</section>");
    }

    private static void Rules(StringBuilder html, IReadOnlyList<string> rules, AnnouncementTexts texts)
    {
        if (rules.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"rules\"><h2 id=\"rules\">").Append(Enc(texts["RulesHeading"])).Append("</h2><ol class=\"rules\">");
        foreach (var rule in rules)
        {
            // The facilitator's own words, in the language they wrote them in: on the Arabic page a German rule still runs left to right.
            html.Append("<li dir=\"auto\">").Append(Enc(rule)).Append("</li>");
        }

        html.Append("</ol></section>");
    }

    private static void Contact(StringBuilder html, string? phone, AnnouncementTexts texts)
    {
        if (phone is null)
        {
            return;
        }

        var dial = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        html.Append("<section aria-labelledby=\"contact\"><h2 id=\"contact\">").Append(Enc(texts["ContactHeading"])).Append("</h2><p><a href=\"tel:").Append(Attr(dial)).Append("\">")
            .Append(Enc(texts.Format("ContactCall", phone))).Append("</a></p></section>");
    }

    private static void Share(StringBuilder html, PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        var token = announcement.Token;
        html.Append("<section aria-labelledby=\"share\" class=\"share\"><h2 id=\"share\">").Append(Enc(texts["MoreHeading"])).Append("</h2>");
        html.Append("<img class=\"page-qr\" src=\"").Append(Attr(AnnouncementRoutes.Local(token, "qr.svg"))).Append("\" alt=\"").Append(Attr(texts["QrAlt"])).Append("\" width=\"160\" height=\"160\">");
        html.Append("<ul class=\"downloads\">");
        var print = AnnouncementPrint.Printable(texts).Language;
        foreach (var (file, key, language) in new[] { ("einladung.ics", "CalendarLink", texts.Language), ("plakat.pdf", "PosterLink", print), ("handzettel.pdf", "FlyerLink", print), ("infobildschirm", "ScreenLink", texts.Language) })
        {
            // A print in another language than the page (German for Arabic) says so in its link text and its hreflang.
            html.Append("<li><a href=\"").Append(Attr(AnnouncementRoutes.Local(token, file, language.Tag))).Append('"');
            if (language != texts.Language)
            {
                html.Append(" hreflang=\"").Append(language.HtmlLang).Append('"');
            }

            html.Append('>').Append(Enc(texts[key])).Append("</a></li>");
        }

        html.Append("</ul><p class=\"page-link\">").Append(Enc(announcement.PageUrl)).Append("</p></section>");
    }

    private static string Enc(string text) => HtmlText.Inline(text);

    private static string Attr(string text) => HtmlText.Inline(text);
}
