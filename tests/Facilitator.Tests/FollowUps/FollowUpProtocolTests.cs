using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.FollowUps;
using OffeneVersammlung.Facilitator.Tests.Exports;
using OffeneVersammlung.Facilitator.Tests.GroupSpaces;
using OffeneVersammlung.Testing;
using UglyToad.PdfPig;

namespace OffeneVersammlung.Facilitator.Tests.FollowUps;

/// <summary>The follow-up's protocol, made by the real host: each carried group's progress since last time, read back from the PDF.</summary>
public sealed class FollowUpProtocolTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Said = "Die Hausverwaltung hat noch nicht geantwortet.";

    [Fact]
    public async Task The_follow_ups_PDF_shows_each_carried_groups_status_and_its_steps_done_then_and_now()
    {
        var followUp = await ReportedFollowUpAsync();

        var file = await host.Services.GetRequiredService<AssemblyExports>().CreateAsync(followUp, ExportFormat.ProtocolPdf, "de");

        using var pdf = PdfDocument.Open(file!.Content);
        var text = string.Join(' ', pdf.GetPages().SelectMany(PdfText.LinesOf));
        Assert.Contains("Letztes Mal: Offene Versammlung Nordstadt", text, StringComparison.Ordinal);
        Assert.Contains($"Stand heute: hängt fest – {Said}", text, StringComparison.Ordinal);
        Assert.Contains("Erledigte Schritte: damals 0, jetzt 1 von 2", text, StringComparison.Ordinal);
        Assert.Contains("Hausverwaltung fragen: offen → erledigt; Tische leihen: offen → offen", text, StringComparison.Ordinal);
        Assert.Contains("Dabei letztes Mal: Ayşe, Ben", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ayse.hof@example.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_and_HTML_show_the_progress_since_last_time_too()
    {
        var followUp = await ReportedFollowUpAsync();
        var exports = host.Services.GetRequiredService<AssemblyExports>();

        var md = Encoding.UTF8.GetString((await exports.CreateAsync(followUp, ExportFormat.ProtocolMarkdown, "de"))!.Content);
        var html = Encoding.UTF8.GetString((await exports.CreateAsync(followUp, ExportFormat.ProtocolHtml, "en"))!.Content);

        Assert.Contains("Erledigte Schritte", md, StringComparison.Ordinal);
        Assert.Contains(Said, md, StringComparison.Ordinal);
        Assert.Contains("Status today", html, StringComparison.Ordinal);
        Assert.Contains("then 0, now 1 of 2", html, StringComparison.Ordinal);
    }

    /// <summary>A closed evening's follow-up, in its groups phase the facilitator reported for the carried (paper) group, then closed.</summary>
    private async Task<Guid> ReportedFollowUpAsync()
    {
        var evening = await ClosedEvening.CloseAsync(host, GroupProfile.Named(ClosedEvening.GroupName) with
        {
            FirstSteps = "Hausverwaltung fragen\nTische leihen",
            Contact = "ayse.hof@example.org",
        });
        var opened = await host.Services.GetRequiredService<FollowUpOpening>().OpenAsync(ConnectionBinding.Facilitator(evening.AssemblyId), evening.AssemblyId, "Folgetreffen");
        var assemblies = host.Services.GetRequiredService<LiveAssemblies>();
        var group = (await assemblies.ReadAsync(opened.AssemblyId, (a, _) => a.State))!.Groups.Single().Id;
        while ((await assemblies.ReadAsync(opened.AssemblyId, (a, _) => a.State.Phase.ToString())) != nameof(Phase.ProjectGroups))
        {
            Assert.True((await assemblies.ExecuteAsync(opened.AssemblyId, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance), Actor.Facilitator)).IsAccepted);
        }

        Assert.True((await assemblies.ExecuteAsync(opened.AssemblyId, new ReportGroupStatus(Guid.NewGuid(), group, GroupStatus.Stuck, Said, [0]), Actor.Facilitator)).IsAccepted);
        Assert.True((await assemblies.ExecuteAsync(opened.AssemblyId, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close), Actor.Facilitator)).IsAccepted);
        return opened.AssemblyId;
    }
}
