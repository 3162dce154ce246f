using System.Text;
using OffeneVersammlung.Facilitator.Printing;
using OffeneVersammlung.Facilitator.Qr;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Announcements;

public static class AnnouncementEndpoints
{
    /// <summary>
    /// The public invitation under <c>/einladung/{token}</c>: the page (<c>?lang=en</c>, <c>?lang=de-x-ls</c>), the info
    /// screen, the QR code of the page, the calendar file, poster and flyer (German for a language PDFsharp cannot lay out). Every answer for a token without an
    /// invitation (never one, or its assembly deleted) is the same 404, so the public learns nothing from it.
    /// </summary>
    public static IEndpointRouteBuilder MapAnnouncements(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(AnnouncementRoutes.Prefix + "/{token}");
        group.MapGet("/", (string token, string? lang, HttpContext context, AnnouncementReader reader) =>
            AnswerAsync(token, lang, context, reader, (a, texts) => Html(AnnouncementPage.Write(a, texts))));
        group.MapGet("/infobildschirm", (string token, HttpContext context, AnnouncementReader reader) =>
            AnswerAsync(token, null, context, reader, (a, _) => Html(AnnouncementPage.WriteScreen(a))));
        group.MapGet("/qr.svg", (string token, HttpContext context, AnnouncementReader reader) =>
            AnswerAsync(token, null, context, reader, (a, _) => Results.Text(QrSvg.Render(a.PageUrl), "image/svg+xml")));
        group.MapGet("/einladung.ics", (string token, string? lang, HttpContext context, AnnouncementReader reader, TimeProvider time) =>
            AnswerAsync(token, lang, context, reader, (a, texts) =>
                Results.File(Encoding.UTF8.GetBytes(InvitationCalendar.Write(a, texts, time.GetUtcNow())), "text/calendar; charset=utf-8", "einladung.ics")));
        group.MapGet("/plakat.pdf", (string token, string? lang, HttpContext context, AnnouncementReader reader) =>
            AnswerAsync(token, lang, context, reader, (a, texts) => Pdf(() => AnnouncementPrint.Poster(a, AnnouncementPrint.Printable(texts)), "plakat.pdf")));
        group.MapGet("/handzettel.pdf", (string token, string? lang, HttpContext context, AnnouncementReader reader) =>
            AnswerAsync(token, lang, context, reader, (a, texts) => Pdf(() => AnnouncementPrint.Flyer(a, AnnouncementPrint.Printable(texts)), "handzettel.pdf")));
        return endpoints;
    }

    private static async Task<IResult> AnswerAsync(
        string token, string? language, HttpContext context, AnnouncementReader reader, Func<PublicAnnouncement, AnnouncementTexts, IResult> answer)
    {
        var texts = AnnouncementTexts.For(language);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return await reader.ReadAsync(token, context.Request, context.RequestAborted) is { } announcement
            ? answer(announcement, texts)
            : Results.Content(AnnouncementPage.WriteNotFound(texts), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8);

    private static IResult Pdf(Func<byte[]> write, string name) =>
        PrintFonts.Installed
            ? Results.File(write(), "application/pdf", name)
            : Results.Problem("The print font is missing: install the Debian package fonts-dejavu-core.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
