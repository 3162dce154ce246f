using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Participants;

public class JoiningTests
{
    [Fact]
    public void A_neighbour_joins_without_a_name()
    {
        var driver = new AssemblyDriver();

        var id = driver.Join();

        var me = driver.State.FindParticipant(id)!;
        Assert.Null(me.Pseudonym);
        Assert.Equal(Channel.Phone, me.Channel);
    }

    [Fact]
    public void One_device_cannot_join_twice()
    {
        var driver = new AssemblyDriver();
        var first = Guid.NewGuid();
        driver.As(first, new JoinAssembly(Guid.NewGuid(), first, "same-device", "Ayşe", Presence.InRoom)).AssertAccepted();

        var second = Guid.NewGuid();
        driver.As(second, new JoinAssembly(Guid.NewGuid(), second, "same-device", "Ayşe 2", Presence.InRoom))
            .AssertRefused(RefusalCode.DeviceAlreadyJoined);

        Assert.Equal(first, driver.State.FindParticipantByDevice("same-device")!.Id);
        Assert.Single(driver.State.Participants);
    }

    [Fact]
    public void Nobody_can_join_in_someone_elses_name()
    {
        var driver = new AssemblyDriver();

        driver.As(Guid.NewGuid(), new JoinAssembly(Guid.NewGuid(), Guid.NewGuid(), "dev", null, Presence.Remote))
            .AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Theory]
    [InlineData("Klaus\u202Eevil", RefusalCode.TextHasControlCharacters)]
    [InlineData("Zeile\u0007", RefusalCode.TextHasControlCharacters)]
    [InlineData("Ein Name, der viel zu lang ist für jede Liste im Raum", RefusalCode.TextTooLong)]
    public void A_pseudonym_with_bad_text_is_refused(string pseudonym, RefusalCode expected)
    {
        var driver = new AssemblyDriver();
        var id = Guid.NewGuid();

        driver.As(id, new JoinAssembly(Guid.NewGuid(), id, "dev", pseudonym, Presence.InRoom)).AssertRefused(expected);
        Assert.Empty(driver.State.Participants);
    }

    [Fact]
    public void Someone_without_a_phone_is_added_by_the_facilitator_and_counted()
    {
        var driver = new AssemblyDriver();
        driver.Join(presence: Presence.Remote);

        driver.AddPaperParticipant("Frau Özdemir");

        var counts = driver.Assembly.PublicBoard(driver.Now).Participants;
        Assert.Equal(new ParticipantCounts(2, 0, 1, 1), counts);
        Assert.Equal(1, driver.Assembly.FacilitatorView(driver.Now).DevicesJoined);
    }

    [Fact]
    public void In_the_room_online_and_on_paper_add_up_to_everyone_once()
    {
        var driver = new AssemblyDriver();
        foreach (var _ in Enumerable.Range(0, 5))
        {
            driver.Join();
        }

        driver.Join(presence: Presence.Remote);
        driver.AddPaperParticipant("Herr Kaya");
        driver.AddPaperParticipant("Frau Lange, am Telefon", Presence.Remote);

        var counts = driver.Assembly.PublicBoard(driver.Now).Participants;
        Assert.Equal(new ParticipantCounts(8, 5, 1, 2), counts);
        Assert.Equal(counts.Total, counts.InRoom + counts.Remote + counts.OnPaper);
    }

    [Fact]
    public void Only_the_facilitator_adds_people_on_paper()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();

        driver.As(neighbour, new AddPaperParticipant(Guid.NewGuid(), Guid.NewGuid(), "Opa Kurt", Presence.InRoom))
            .AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Check_in_takes_a_mood_and_one_word_and_can_be_given_again()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.CheckIn);

        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.Good, "neugierig")).AssertAccepted();
        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.VeryGood, "gespannt")).AssertAccepted();

        var board = driver.Assembly.PublicBoard(driver.Now).CheckIn;
        Assert.Equal(1, board.Answers);
        Assert.Equal([0, 0, 0, 0, 1], board.MoodCounts);
        Assert.Equal("gespannt", Assert.Single(board.Words).Word);
    }

    [Fact]
    public void Check_in_refuses_more_than_one_word_and_moods_off_the_scale()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.CheckIn);

        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.Good, "sehr müde")).AssertRefused(RefusalCode.NotASingleWord);
        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, (Mood)6, "müde")).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.Good, "  ")).AssertRefused(RefusalCode.TextRequired);
    }

    [Fact]
    public void Check_in_belongs_to_its_phase()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();

        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.Okay, "hallo")).AssertRefused(RefusalCode.WrongPhase);
    }

    [Fact]
    public void The_facilitator_checks_in_someone_on_paper_but_not_someone_with_a_phone()
    {
        var driver = new AssemblyDriver();
        var onPaper = driver.AddPaperParticipant();
        var withPhone = driver.Join();
        driver.AdvanceTo(Phase.CheckIn);

        driver.Facilitate(new CheckIn(Guid.NewGuid(), onPaper, Mood.Okay, "wach")).AssertAccepted();
        driver.Facilitate(new CheckIn(Guid.NewGuid(), withPhone, Mood.Okay, "wach")).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void One_participant_cannot_check_in_for_another()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        var ben = driver.Join("Ben");
        driver.AdvanceTo(Phase.CheckIn);

        driver.As(ayse, new CheckIn(Guid.NewGuid(), ben, Mood.Low, "genervt")).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Check_out_is_collected_in_its_phase_and_shown_without_names()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Mila");
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(neighbour, "Hofgarten");
        driver.AdvanceTo(Phase.CheckOut);

        driver.As(neighbour, new CheckOut(Guid.NewGuid(), neighbour, Mood.VeryGood, "beschwingt")).AssertAccepted();

        var board = driver.Assembly.PublicBoard(driver.Now);
        Assert.Equal("beschwingt", Assert.Single(board.CheckOut.Words).Word);
        Assert.DoesNotContain("Mila", System.Text.Json.JsonSerializer.Serialize(board.CheckOut));
    }

    [Fact]
    public void Ids_are_not_reused_across_kinds()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);

        driver.As(neighbour, new OffeneVersammlung.Engine.Topics.SubmitTopic(Guid.NewGuid(), neighbour, neighbour, "Id-Trick", null)).AssertRefused(RefusalCode.DuplicateId);
    }
}
