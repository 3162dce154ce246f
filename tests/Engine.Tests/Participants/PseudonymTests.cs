using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Participants;

public class PseudonymTests
{
    [Theory]
    [InlineData("An\u200Bna")] // zero-width space
    [InlineData("An\u2060na")] // word joiner
    [InlineData("An\u200Dna")] // zero-width joiner between letters
    [InlineData("Anna\u00AD")] // soft hyphen
    [InlineData("\uFEFFAnna")] // byte order mark
    [InlineData("\u3164")] // Hangul filler, a letter that shows nothing
    [InlineData("\u2800\u2800")] // Braille blank
    [InlineData("Anna\nModeration")]
    [InlineData("Anna\u2028Moderation")]
    public void A_pseudonym_with_an_invisible_character_or_a_line_break_is_refused(string pseudonym)
    {
        var driver = new AssemblyDriver();
        var id = Guid.NewGuid();

        driver.As(id, new JoinAssembly(Guid.NewGuid(), id, "dev", pseudonym, Presence.InRoom)).AssertRefused(RefusalCode.TextHasControlCharacters);
        driver.Facilitate(new AddPaperParticipant(Guid.NewGuid(), Guid.NewGuid(), pseudonym, Presence.InRoom)).AssertRefused(RefusalCode.TextHasControlCharacters);
        Assert.Empty(driver.State.Participants);
    }

    [Fact]
    public void A_pseudonym_is_stored_composed_so_one_name_typed_two_ways_is_one_name()
    {
        var driver = new AssemblyDriver();

        var decomposed = driver.Join("Rene\u0301");

        Assert.Equal("Ren\u00E9", driver.State.FindParticipant(decomposed)!.Pseudonym);
    }

    [Fact]
    public void An_emoji_made_with_a_joiner_is_a_fine_pseudonym()
    {
        var driver = new AssemblyDriver();

        var farmer = driver.Join("Ute \U0001F469\u200D\U0001F33E");

        Assert.Equal("Ute \U0001F469\u200D\U0001F33E", driver.State.FindParticipant(farmer)!.Pseudonym);
    }

    [Fact]
    public void Names_that_look_like_one_already_present_are_told_apart_by_a_suffix_on_every_board()
    {
        var driver = new AssemblyDriver();
        string[] names = ["Anna", "ANNA", "\u0410nna", "Änna", "Anna.", "Ben", "Anna Berg"];
        var people = names.Select(n => driver.Join(n)).ToList();
        var paper = driver.AddPaperParticipant("anna");
        driver.AdvanceTo(Phase.TopicCollection);
        foreach (var person in people)
        {
            driver.SubmitTopic(person, $"Thema von {driver.State.FindParticipant(person)!.Pseudonym}");
        }

        var authors = driver.Assembly.PublicBoard(driver.Now).Topics.Select(t => t.AuthorName).ToList();
        var console = driver.Assembly.FacilitatorView(driver.Now).Participants.Select(p => p.Pseudonym).ToList();

        string[] shown = ["Anna", "ANNA (2)", "\u0410nna (3)", "Änna (4)", "Anna. (5)", "Ben", "Anna Berg"];
        Assert.Equal(shown, authors);
        Assert.Equal([.. shown, "anna (6)"], console);
        Assert.Equal("ANNA", driver.Assembly.OwnView(people[1])!.Pseudonym);
    }
}
