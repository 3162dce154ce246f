using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Tests.Announcements;
using OffeneVersammlung.Facilitator.Tests.Privacy;
using OffeneVersammlung.Testing;
using UglyToad.PdfPig;

namespace OffeneVersammlung.Facilitator.Tests.GroupSpaces;

/// <summary>
/// The console's QR cards for the members on paper, printed from the real host and read back with PdfPig (words) and
/// ZXing (the QR codes): an evening with one group of two phones (Ayşe, Ben) and two people on paper (Frau Öztürk, Herr Weber).
/// </summary>
public sealed class GroupSpaceCardsTests : IAsyncLifetime
{
    private const string GroupName = "Hof-Frühstück";
    private const string Email = "hof.fruehstueck@example.org";
    private const string Phone = "0170 7654321";

    private readonly FakeClockHost _host = new();
    private FacilitatorDriver _facilitator = null!;
    private Guid _group;
    private string _joinCode = string.Empty;

    public async Task InitializeAsync()
    {
        var created = await AssemblyApi.CreateAsync(_host);
        _facilitator = await FacilitatorDriver.ConnectAsync(_host, created);
        _joinCode = created.JoinCode;
        await using var ayse = await LiveClient.ParticipantAsync(_host, created.JoinCode, "Ayşe");
        await using var ben = await LiveClient.ParticipantAsync(_host, created.JoinCode, "Ben");
        var oeztuerk = Guid.NewGuid();
        var weber = Guid.NewGuid();
        await _facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), oeztuerk, "Frau Öztürk", Presence.InRoom));
        await _facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), weber, "Herr Weber", Presence.InRoom));
        await _facilitator.AdvanceToAsync(Phase.TopicCollection);
        await _facilitator.AddPaperTopicAsync(Guid.NewGuid(), "Ein Frühstück im Hof");
        await _facilitator.AdvanceToAsync(Phase.ProjectGroups);
        _group = Guid.NewGuid();
        await _facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), _group, GroupName, null));
        await _facilitator.DoAsync(new UpdateGroupProfile(Guid.NewGuid(), _group, GroupProfile.Named(GroupName) with { Contact = $"{Email}, {Phone}", Problem = "Der Hof ist leer" }));
        Assert.True((await ayse.DoAsync("JoinGroup", Guid.NewGuid(), _group)).Accepted);
        Assert.True((await ben.DoAsync("JoinGroup", Guid.NewGuid(), _group)).Accepted);
        await _facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), oeztuerk, _group));
        await _facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), weber, _group));
    }

    public async Task DisposeAsync()
    {
        await _facilitator.DisposeAsync();
        await _host.DisposeAsync();
    }

    private GroupSpaceCards Cards => _host.Services.GetRequiredService<GroupSpaceCards>();

    [Fact]
    public async Task The_cards_of_the_paper_members_hold_the_group_their_names_and_their_own_links_and_no_contact()
    {
        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        var printed = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: false, "de", _host.BaseAddress.ToString());

        Assert.Null(printed.Refusal);
        Assert.Equal("application/pdf", printed.File!.ContentType);
        Assert.EndsWith(".pdf", printed.File.FileName, StringComparison.Ordinal);
        Keep("de-paper", printed.File.Content);
        using var pdf = PdfDocument.Open(printed.File.Content);
        var page = Assert.Single(pdf.GetPages());
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Equal(2, Occurrences(text, "Hof-Frühstück"));
        Assert.Contains("Öztürk", text, StringComparison.Ordinal);
        Assert.Contains("Weber", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", text, StringComparison.Ordinal);
        Assert.Contains("Scanne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0170", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example", text, StringComparison.Ordinal);

        // Each card's QR code is that member's own link, written out on the card as well, and it opens their space.
        var links = page.GetImages().Select(PdfQr.Decode).ToList();
        Assert.Equal(2, links.Distinct().Count());
        // Read card by card: PdfPig orders a page's words line by line across both cards of a row, so two links broken
        // after their last slash interleave (about 3 pages in 100, with the random tokens).
        var cardTexts = page.GetWords().GroupBy(w => w.BoundingBox.Left < page.Width / 2).Select(card => string.Concat(card.Select(w => w.Text))).ToList();
        using var http = _host.CreateHttpClient();
        foreach (var link in links)
        {
            Assert.StartsWith(_host.BaseAddress + "gruppenraum/", link, StringComparison.Ordinal);
            Assert.Contains(cardTexts, card => card.Contains(link!, StringComparison.Ordinal));
            var space = await http.GetStringAsync(new Uri(link!));
            Assert.Contains(GroupName, space, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ticked_for_everyone_each_member_gets_a_card_and_printing_again_gives_the_same_links()
    {
        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        var first = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: true, "en", null);
        var again = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: true, "en", null);

        Keep("en-everyone", first.File!.Content);
        using var pdf = PdfDocument.Open(first.File.Content);
        var page = Assert.Single(pdf.GetPages());
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Contains("Ayşe", text, StringComparison.Ordinal);
        Assert.Contains("Ben", text, StringComparison.Ordinal);
        Assert.Contains("Scan the code", text, StringComparison.Ordinal);
        var links = page.GetImages().Select(PdfQr.Decode).ToList();
        Assert.Equal(4, links.Distinct().Count());
        Assert.All(links, link => Assert.EndsWith("?lang=en", link, StringComparison.Ordinal));
        using var second = PdfDocument.Open(again.File!.Content);
        Assert.Equal(links, second.GetPages().Single().GetImages().Select(PdfQr.Decode).ToList());
    }

    [Fact]
    public async Task Only_the_assembly_s_facilitator_gets_the_cards()
    {
        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);
        var other = await AssemblyApi.CreateAsync(_host);

        var projector = await Cards.PrintAsync(ConnectionBinding.Projector(_facilitator.AssemblyId), _group, everyone: true, "de", null);
        var phone = await Cards.PrintAsync(ConnectionBinding.Participant(_facilitator.AssemblyId, Guid.NewGuid()), _group, everyone: true, "de", null);
        var nobody = await Cards.PrintAsync(null, _group, everyone: true, "de", null);
        var otherFacilitator = await Cards.PrintAsync(ConnectionBinding.Facilitator(other.AssemblyId), _group, everyone: true, "de", null);

        Assert.Equal(
            [CardsRefusal.NotFacilitator, CardsRefusal.NotFacilitator, CardsRefusal.NotFacilitator, CardsRefusal.NoSuchGroup],
            new[] { projector, phone, nobody, otherFacilitator }.Select(p => p.Refusal));
        Assert.All(new[] { projector, phone, nobody, otherFacilitator }, p => Assert.Null(p.File));
    }

    [Fact]
    public async Task A_card_printed_in_the_groups_phase_opens_the_space_once_the_evening_closed()
    {
        var printed = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: false, "de", null);
        using var pdf = PdfDocument.Open(printed.File!.Content);
        var link = new Uri(PdfQr.Decode(pdf.GetPages().Single().GetImages().First())!);
        using var http = _host.CreateHttpClient();

        using var early = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Contains("sobald der Abend zu Ende ist", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        using var after = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(GroupName, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_cards_print_the_german_words_and_lead_to_the_arabic_page()
    {
        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        var printed = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: false, "ar", null);

        using var pdf = PdfDocument.Open(printed.File!.Content);
        var page = pdf.GetPages().Single();
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Contains("Scanne", text, StringComparison.Ordinal);
        Assert.All(page.GetImages().Select(PdfQr.Decode), link => Assert.EndsWith("?lang=ar", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_without_paper_members_asks_for_the_tick_and_five_cards_take_two_pages()
    {
        var phones = Guid.NewGuid();
        await _facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), phones, "Nur Handys", null));
        await using (var cem = await LiveClient.ParticipantAsync(_host, _joinCode, "Cem"))
        {
            Assert.True((await cem.DoAsync("JoinGroup", Guid.NewGuid(), phones)).Accepted);
        }

        Assert.Equal(CardsRefusal.NobodyOnPaper, (await Cards.PrintAsync(_facilitator.Binding, phones, everyone: false, "de", null)).Refusal);
        Assert.Equal(CardsRefusal.NoSuchGroup, (await Cards.PrintAsync(_facilitator.Binding, Guid.NewGuid(), everyone: true, "de", null)).Refusal);

        var extra = Guid.NewGuid();
        await _facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), extra, "Frau Schulz", Presence.InRoom));
        await _facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), extra, _group));
        await _facilitator.ChangePhaseAsync(PhaseTrigger.Close);
        var five = await Cards.PrintAsync(_facilitator.Binding, _group, everyone: true, "de", null);

        using var pdf = PdfDocument.Open(five.File!.Content);
        Assert.Equal([4, 1], pdf.GetPages().Select(p => p.GetImages().Count()).ToList());
    }

    private static int Occurrences(string text, string word) => (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;

    // OV_CARDS_PDF=folder keeps the files, to look at.
    private static void Keep(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("OV_CARDS_PDF") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), pdf);
        }
    }
}
