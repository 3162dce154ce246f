using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Exports;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>Every export of a real, closed assembly, in both languages, read back with real parsers.</summary>
public sealed partial class ExportTests(ExportedAssembly evening) : IClassFixture<ExportedAssembly>
{
    public static TheoryData<string> Languages => ["de", "en"];

    private AssemblyExports Exports => evening.Host.Services.GetRequiredService<AssemblyExports>();

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_Markdown_protocol_shows_hostile_texts_as_text_and_keeps_its_table_whole(string language)
    {
        var file = await ExportAsync(ExportFormat.ProtocolMarkdown, language);
        var md = Encoding.UTF8.GetString(file.Content);

        Assert.Matches(language == "de" ? "^protokoll-kiezversammlung-nord-2025-05-20\\.md$" : "^minutes-kiezversammlung-nord-2025-05-20\\.md$", file.FileName);
        Assert.StartsWith("text/markdown", file.ContentType, StringComparison.Ordinal);
        Assert.Contains(language == "de" ? "## Themen" : "## Topics", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert\\(1\\)\\</script\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\*bold\\* \\| pipe", md, StringComparison.Ordinal);
        Assert.Contains("Zeile eins Zeile zwei", md, StringComparison.Ordinal);
        Assert.Contains("\\[Link\\]\\(javascript:alert\\(1\\)\\)", md, StringComparison.Ordinal);
        Assert.Contains("\\<b\\>Ben\\</b\\>", md, StringComparison.Ordinal);
        Assert.Contains("\\# Überschrift?", md, StringComparison.Ordinal);
        Assert.Contains("1986\\. war", md, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTexts.Contact, md, StringComparison.Ordinal);

        var rows = md.Split('\n').Where(line => line.StartsWith('|')).ToList();
        Assert.Equal(evening.TopicCount + 2, rows.Count);
        Assert.Single(rows.Select(row => UnescapedPipe().Matches(row).Count).Distinct());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_printable_page_encodes_every_text_and_loads_nothing(string language)
    {
        var file = await ExportAsync(ExportFormat.ProtocolHtml, language);
        var html = Encoding.UTF8.GetString(file.Content);

        Assert.EndsWith(".html", file.FileName, StringComparison.Ordinal);
        Assert.StartsWith("text/html", file.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ben&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Zu wenig Bänke<br>&lt;img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)\\s*=\\s*[\"']?(https?:|//)", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTexts.Contact, html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(evening.TopicCount + 1, Regex.Matches(html, "<tr>").Count);
        Assert.Contains(language == "de" ? "Projektgruppen" : "Project groups", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_topics_CSV_opens_in_a_CSV_parser_with_formulas_neutralised(string language)
    {
        var file = await ExportAsync(ExportFormat.TopicsCsv, language);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Content[..3]);
        Assert.EndsWith(".csv", file.FileName, StringComparison.Ordinal);
        var rows = ParseCsv(file.Content);
        var header = rows[0];
        Assert.Equal(language == "de" ? "Thema" : "Topic", header[1]);
        Assert.Equal(evening.TopicCount + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));

        var texts = rows.Skip(1).Select(r => r[1]).ToList();
        Assert.Contains("'" + HostileTexts.Formula, texts);
        Assert.Contains("'" + HostileTexts.AtFormula, texts);
        Assert.Contains(HostileTexts.Script, texts);
        Assert.Contains(HostileTexts.Sql, texts);
        Assert.Contains(HostileTexts.Markup, texts);
        Assert.Contains(HostileTexts.Quoted, texts);
        Assert.Contains(HostileTexts.TwoLines, texts);
        Assert.Contains("'" + HostileTexts.PlusCategory, rows.Select(r => r[2]));
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));

        var mainRound = Array.IndexOf(header, language == "de" ? "Punkte Runde 1" : "Dots round 1");
        Assert.Equal(evening.DotsUsed, rows.Skip(1).Sum(r => int.Parse(r[mainRound], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("1", rows[1][Array.IndexOf(header, language == "de" ? "Platz" : "Rank")]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_JSON_archive_holds_every_event_with_enum_names_and_no_device_key_or_secret(string language)
    {
        var file = await ExportAsync(ExportFormat.AssemblyJson, language);
        var json = Encoding.UTF8.GetString(file.Content);

        using var document = JsonDocument.Parse(file.Content);
        var root = document.RootElement;
        Assert.Equal(evening.Created.AssemblyId, root.GetProperty("assemblyId").GetGuid());
        Assert.Equal(evening.Version, root.GetProperty("version").GetInt64());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, (int)evening.Version).Select(v => (long)v), events.Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal("AssemblyCreated", events[0].GetProperty("type").GetString());
        Assert.Equal("InRoom", events[0].GetProperty("data").GetProperty("format").GetString());
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "TopicSubmitted" && e.GetProperty("data").GetProperty("text").GetString() == HostileTexts.Script);

        var dots = events.Where(e => e.GetProperty("type").GetString() == "DotCast").ToList();
        Assert.Equal(evening.DotsUsed - 2, dots.Count);
        Assert.All(dots, d => Assert.False(d.GetProperty("data").TryGetProperty("participantId", out _)));
        Assert.All(events.Where(e => e.GetProperty("type").GetString() == "ParticipantJoined"), e =>
            Assert.Equal(JsonValueKind.Null, e.GetProperty("data").GetProperty("deviceKey").ValueKind));
        foreach (var secret in evening.DeviceKeys.Append(evening.Created.FacilitatorSecret).Append(evening.Created.ProjectorSecret))
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_calendar_of_all_groups_holds_the_one_dated_meeting_and_parses_in_Ical_Net(string language)
    {
        var file = await ExportAsync(ExportFormat.GroupCalendar, language);
        var ics = Encoding.UTF8.GetString(file.Content);

        Assert.StartsWith("text/calendar", file.ContentType, StringComparison.Ordinal);
        Assert.Matches("^(treffen|meetings)-kiezversammlung-nord-2025-05-20\\.ics$", file.FileName);
        StrictIcs.AssertWellFormed(file.Content);
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal((language == "de" ? "Projektgruppe: " : "Project group: ") + HostileTexts.GroupName, meeting.Summary);
        Assert.Equal(HostileTexts.MeetingPlace, meeting.Location);
        Assert.Equal(ExportedAssembly.NextMeeting.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Contains(HostileTexts.Problem, meeting.Description, StringComparison.Ordinal);
        Assert.Contains("Werkzeug\nund Farbe", meeting.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTexts.Contact, ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Turkish_protocol_calendar_and_printable_page_are_written_in_Turkish_with_the_neighbours_texts_as_written()
    {
        var markdown = await ExportAsync(ExportFormat.ProtocolMarkdown, "tr");
        var html = await ExportAsync(ExportFormat.ProtocolHtml, "tr");
        var calendar = await ExportAsync(ExportFormat.GroupCalendar, "tr");
        var md = Encoding.UTF8.GetString(markdown.Content);
        var page = Encoding.UTF8.GetString(html.Content);

        Assert.Matches("^tutanak-kiezversammlung-nord-2025-05-20\\.md$", markdown.FileName);
        Assert.Contains("# Tutanak: ", md, StringComparison.Ordinal);
        Assert.Contains("## Konular", md, StringComparison.Ordinal);
        Assert.Contains("## Proje grupları", md, StringComparison.Ordinal);
        Assert.Contains("Kimin neye oy verdiği hiçbir tutanakta yer almaz.", md, StringComparison.Ordinal);
        Assert.Contains("\\<b\\>Ben\\</b\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## Themen", md, StringComparison.Ordinal);

        Assert.Contains("<html lang=\"tr\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Katılım</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<dd dir=\"auto\">Zu wenig Bänke<br>&lt;img", page, StringComparison.Ordinal);

        Assert.Matches("^bulusmalar-kiezversammlung-nord-2025-05-20\\.ics$", calendar.FileName);
        StrictIcs.AssertWellFormed(calendar.Content);
        var meeting = Assert.Single(Ical.Net.Calendar.Load(Encoding.UTF8.GetString(calendar.Content))!.Events);
        Assert.Equal("Proje grubu: " + HostileTexts.GroupName, meeting.Summary);
    }

    [Fact]
    public async Task An_Arabic_printable_page_runs_right_to_left_and_lets_each_neighbours_text_find_its_direction()
    {
        var page = Encoding.UTF8.GetString((await ExportAsync(ExportFormat.ProtocolHtml, "ar")).Content);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2>المواضيع</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<dd dir=\"auto\">Zu wenig Bänke<br>&lt;img", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_groups_own_calendar_has_its_meeting_and_a_group_without_a_date_has_none()
    {
        var own = await Exports.CreateAsync(evening.Created.AssemblyId, ExportFormat.GroupCalendar, "de", evening.DatedGroup);
        var undated = await Exports.CreateAsync(evening.Created.AssemblyId, ExportFormat.GroupCalendar, "de", evening.UndatedGroup);

        Assert.NotNull(own);
        Assert.Matches("^treffen-gruppe-baenke-co-hinterhof-nord-sued-[a-z-]*-2025-06-03\\.ics$", own.FileName);
        Assert.Single(Ical.Net.Calendar.Load(Encoding.UTF8.GetString(own.Content))!.Events);
        Assert.Null(undated);
    }

    [Fact]
    public async Task A_fresh_assembly_in_the_lobby_exports_at_once_with_empty_sections()
    {
        var created = await Testing.AssemblyApi.CreateAsync(evening.Host, Testing.AssemblyApi.Request("Gerade eröffnet"));

        var md = Encoding.UTF8.GetString((await Exports.CreateAsync(created.AssemblyId, ExportFormat.ProtocolMarkdown, "de"))!.Content);
        var html = Encoding.UTF8.GetString((await Exports.CreateAsync(created.AssemblyId, ExportFormat.ProtocolHtml, "en"))!.Content);
        var csv = ParseCsv((await Exports.CreateAsync(created.AssemblyId, ExportFormat.TopicsCsv, "de"))!.Content);
        using var json = JsonDocument.Parse((await Exports.CreateAsync(created.AssemblyId, ExportFormat.AssemblyJson, "de"))!.Content);

        Assert.Contains("Keine Themen.", md, StringComparison.Ordinal);
        Assert.Contains("The assembly is still running", html, StringComparison.Ordinal);
        Assert.Contains("No project groups.", html, StringComparison.Ordinal);
        Assert.Single(csv);
        Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Null(await Exports.CreateAsync(created.AssemblyId, ExportFormat.GroupCalendar, "de"));
    }

    [Fact]
    public async Task A_right_to_left_override_never_reaches_an_export_because_the_engine_refuses_it()
    {
        var created = await Testing.AssemblyApi.CreateAsync(evening.Host);
        await using var phone = await Testing.LiveClient.ConnectAsync(evening.Host);

        var joined = await phone.JoinAsync(created.JoinCode, "Ben" + HostileTexts.RightToLeftOverride + "nimda");

        Assert.Equal((false, RefusalCode.TextHasControlCharacters), (joined.Accepted, joined.Refusal));
    }

    [Fact]
    public async Task Nothing_is_exported_for_an_assembly_that_does_not_exist()
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            Assert.Null(await Exports.CreateAsync(Guid.NewGuid(), format, "de"));
        }
    }

    private async Task<ExportFile> ExportAsync(ExportFormat format, string language) =>
        await Exports.CreateAsync(evening.Created.AssemblyId, format, language) ?? throw new InvalidOperationException("no export");

    private static List<string[]> ParseCsv(byte[] content)
    {
        using var parser = new TextFieldParser(new MemoryStream(content), Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
