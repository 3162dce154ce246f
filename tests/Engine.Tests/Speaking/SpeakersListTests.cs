using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Speaking;

public class SpeakersListTests
{
    private static AssemblyDriver OpenList(AssemblyDriver? driver = null)
    {
        driver ??= new AssemblyDriver();
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), true)).AssertAccepted();
        return driver;
    }

    private static Decision Raise(AssemblyDriver driver, Guid who) => driver.As(who, new RaiseHand(Guid.NewGuid(), who));

    private static Decision Next(AssemblyDriver driver) =>
        driver.Facilitate(new CallNextSpeaker(Guid.NewGuid(), driver.State.Speakers.Current));

    private static SpeakersDesk Desk(AssemblyDriver driver) => driver.Assembly.FacilitatorView(driver.Now).Speakers!;

    private static List<string?> WaitingNames(AssemblyDriver driver) => [.. Desk(driver).Waiting.Select(s => s.Name)];

    [Fact]
    public void Hands_are_called_in_the_order_they_were_raised()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var mila = driver.Join("Mila");
        Raise(driver, heinz).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, mila).AssertAccepted();

        Assert.Equal(["Heinz", "Ayşe", "Mila"], WaitingNames(driver));
        Next(driver).AssertAccepted();
        Assert.Equal("Heinz", Desk(driver).Current!.Name);
        Next(driver).AssertAccepted();
        Assert.Equal("Ayşe", Desk(driver).Current!.Name);
        Assert.Equal(["Mila"], WaitingNames(driver));
    }

    [Fact]
    public void A_phone_cannot_raise_a_hand_before_the_list_is_opened_nor_after_it_is_closed()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");

        Raise(driver, ayse).AssertRefused(RefusalCode.SpeakersListClosed);

        OpenList(driver);
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), false)).AssertAccepted();
        Raise(driver, ayse).AssertRefused(RefusalCode.SpeakersListClosed);
    }

    [Fact]
    public void Closing_the_list_keeps_those_waiting_and_the_facilitator_may_still_add_a_hand_seen_in_the_room()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, ayse).AssertAccepted();

        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), false)).AssertAccepted();
        driver.Facilitate(new RaiseHand(Guid.NewGuid(), heinz)).AssertAccepted();

        Assert.Equal(["Ayşe", "Heinz"], WaitingNames(driver));
        var board = driver.Assembly.PublicBoard(driver.Now).Speakers!;
        Assert.False(board.IsOpen);
        Assert.Equal(2, board.WaitingCount);
    }

    [Fact]
    public void Opening_or_closing_the_list_twice_is_refused_and_only_the_facilitator_may()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");

        driver.As(ayse, new SetSpeakersList(Guid.NewGuid(), true)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), false)).AssertRefused(RefusalCode.ValueOutOfRange);
        OpenList(driver);
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), true)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void One_person_has_one_hand_and_the_speaker_raises_none_while_speaking()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        Raise(driver, ayse).AssertAccepted();

        Raise(driver, ayse).AssertRefused(RefusalCode.HandAlreadyRaised);
        driver.Facilitate(new RaiseHand(Guid.NewGuid(), ayse)).AssertRefused(RefusalCode.HandAlreadyRaised);

        Next(driver).AssertAccepted();
        Raise(driver, ayse).AssertRefused(RefusalCode.AlreadySpeaking);

        Next(driver).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
    }

    [Fact]
    public void Lowering_a_hand_that_is_not_raised_is_refused()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");

        driver.As(ayse, new LowerHand(Guid.NewGuid(), ayse)).AssertRefused(RefusalCode.HandNotRaised);

        Raise(driver, ayse).AssertAccepted();
        driver.As(ayse, new LowerHand(Guid.NewGuid(), ayse)).AssertAccepted();
        driver.As(ayse, new LowerHand(Guid.NewGuid(), ayse)).AssertRefused(RefusalCode.HandNotRaised);
    }

    [Fact]
    public void A_participant_raises_and_lowers_only_their_own_hand()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, heinz).AssertAccepted();

        driver.As(ayse, new RaiseHand(Guid.NewGuid(), heinz)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.As(ayse, new LowerHand(Guid.NewGuid(), heinz)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.As(ayse, new RaiseHand(Guid.NewGuid(), Guid.NewGuid())).AssertRefused(RefusalCode.UnknownParticipant);
    }

    [Fact]
    public void Someone_taken_off_the_list_is_not_called()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();

        var taken = driver.Facilitate(new LowerHand(Guid.NewGuid(), ayse)).AssertAccepted();
        Next(driver).AssertAccepted();

        Assert.Equal([new HandLowered(ayse, true)], taken.Events);
        Assert.Equal(heinz, driver.State.Speakers.Current);
        Assert.Equal(0, driver.State.Speakers.TurnsOf(ayse));
        driver.Facilitate(new LowerHand(Guid.NewGuid(), heinz)).AssertRefused(RefusalCode.HandNotRaised);
    }

    [Fact]
    public void The_facilitator_moves_someone_up_one_place_at_a_time()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var mila = driver.Join("Mila");
        var tom = driver.Join("Tom");
        foreach (var who in new[] { ayse, heinz, mila })
        {
            Raise(driver, who).AssertAccepted();
        }

        driver.Facilitate(new MoveSpeakerUp(Guid.NewGuid(), mila)).AssertAccepted();
        Assert.Equal(["Ayşe", "Mila", "Heinz"], WaitingNames(driver));
        driver.Facilitate(new MoveSpeakerUp(Guid.NewGuid(), mila)).AssertAccepted();
        Assert.Equal(["Mila", "Ayşe", "Heinz"], WaitingNames(driver));

        driver.Facilitate(new MoveSpeakerUp(Guid.NewGuid(), mila)).AssertRefused(RefusalCode.AlreadyFirstInLine);
        driver.Facilitate(new MoveSpeakerUp(Guid.NewGuid(), tom)).AssertRefused(RefusalCode.HandNotRaised);
        driver.As(heinz, new MoveSpeakerUp(Guid.NewGuid(), heinz)).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Next_ends_the_last_turn_and_then_there_is_nothing_next()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        Next(driver).AssertRefused(RefusalCode.NobodyWaiting);
        Raise(driver, ayse).AssertAccepted();

        Next(driver).AssertAccepted();
        var done = Next(driver).AssertAccepted();

        Assert.Equal([new SpeakerCalled(null, driver.Now)], done.Events);
        Assert.Null(driver.State.Speakers.Current);
        Next(driver).AssertRefused(RefusalCode.NobodyWaiting);
    }

    [Fact]
    public void Next_meant_for_a_speaker_who_already_finished_is_refused_so_two_consoles_skip_nobody()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();
        Next(driver).AssertAccepted();

        driver.Facilitate(new CallNextSpeaker(Guid.NewGuid(), ayse)).AssertAccepted();
        driver.Facilitate(new CallNextSpeaker(Guid.NewGuid(), ayse)).AssertRefused(RefusalCode.SpeakerChanged);

        Assert.Equal(heinz, driver.State.Speakers.Current);
    }

    [Fact]
    public void With_first_time_speakers_first_a_first_hand_goes_before_everyone_who_already_spoke()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var mila = driver.Join("Mila");
        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), null, true, false)).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();

        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();
        Raise(driver, mila).AssertAccepted();

        Assert.Equal(["Heinz", "Mila", "Ayşe"], WaitingNames(driver));
    }

    [Fact]
    public void A_template_may_put_first_time_speakers_first_from_the_start()
    {
        var driver = OpenList(new AssemblyDriver(TestTemplates.Full() with { FirstTimeSpeakersFirst = true }));
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();

        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();

        Assert.True(Desk(driver).FirstTimeFirst);
        Assert.Equal(["Heinz", "Ayşe"], WaitingNames(driver));
    }

    [Fact]
    public void Without_first_time_speakers_first_it_is_first_come_first_served()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();

        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();

        Assert.Equal(["Ayşe", "Heinz"], WaitingNames(driver));
    }

    [Fact]
    public void Switching_first_time_speakers_first_on_moves_those_who_never_spoke_ahead_keeping_each_group_in_order()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var mila = driver.Join("Mila");
        var tom = driver.Join("Tom");
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, tom).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();
        foreach (var who in new[] { ayse, heinz, tom, mila })
        {
            Raise(driver, who).AssertAccepted();
        }

        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), null, true, false)).AssertAccepted();

        Assert.Equal(["Heinz", "Mila", "Ayşe", "Tom"], WaitingNames(driver));
    }

    [Fact]
    public void Speaking_time_is_off_by_default_and_runs_down_from_the_call_when_set()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Assert.Null(driver.Assembly.PublicBoard(driver.Now).Speakers!.SpeakingTime);

        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), 120, false, true)).AssertAccepted();
        var heinz = driver.Join("Heinz");
        Raise(driver, heinz).AssertAccepted();
        Next(driver).AssertAccepted();
        driver.Wait(TimeSpan.FromSeconds(30));

        var time = driver.Assembly.PublicBoard(driver.Now).Speakers!.SpeakingTime!;
        Assert.Equal(120, time.DurationSeconds);
        Assert.Equal(90, time.RemainingSeconds);
        Assert.Equal(driver.Now.AddSeconds(90), time.EndsAt);

        driver.Wait(TimeSpan.FromSeconds(100));
        Assert.Equal(-10, driver.Assembly.PublicBoard(driver.Now).Speakers!.SpeakingTime!.RemainingSeconds);
        Assert.True(driver.Assembly.PublicBoard(driver.Now).Speakers!.Gong);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(30 * 60 + 1)]
    public void A_speaking_time_out_of_range_is_refused(int seconds)
    {
        var driver = OpenList();

        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), seconds, false, false)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void Setting_the_rules_to_what_they_are_or_by_a_participant_is_refused()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");

        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), null, false, false)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.As(ayse, new SetSpeakingRules(Guid.NewGuid(), 60, false, false)).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void The_console_counts_how_often_each_person_spoke_this_evening()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var quiet = driver.Join("Mila");
        for (var round = 0; round < 2; round++)
        {
            Raise(driver, ayse).AssertAccepted();
            Next(driver).AssertAccepted();
            Next(driver).AssertAccepted();
        }

        Raise(driver, heinz).AssertAccepted();
        driver.AdvanceTo(Phase.TopicCollection);
        Next(driver).AssertAccepted();
        Raise(driver, quiet).AssertAccepted();

        Assert.Equal([("Ayşe", 2), ("Heinz", 1)], Desk(driver).Spoken.Select(s => (s.Name, s.Turns)));
    }

    [Fact]
    public void The_protocol_counts_the_contributions_only_when_the_facilitator_chooses_so()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        foreach (var who in new[] { ayse, heinz })
        {
            Raise(driver, who).AssertAccepted();
        }

        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();
        Next(driver).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Assert.Null(AssemblyProtocol.Of(driver.State).Speaking);

        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), null, false, false, InProtocol: true)).AssertAccepted();

        Assert.Equal(new ProtocolSpeaking(3, 2), AssemblyProtocol.Of(driver.State).Speaking);
    }

    [Fact]
    public void The_facilitator_adds_someone_on_paper_by_name_and_their_hand_goes_up_in_the_same_step()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        Raise(driver, ayse).AssertAccepted();
        var gisela = Guid.NewGuid();

        var decision = driver.Facilitate(new AddSpeakerByName(Guid.NewGuid(), gisela, "Frau Gisela", Presence.InRoom)).AssertAccepted();

        Assert.Equal(2, decision.Events.Count);
        var line = Desk(driver).Waiting[1];
        Assert.Equal(("Frau Gisela", Channel.Paper, Presence.InRoom), (line.Name, line.Channel, line.Presence));
        Assert.Equal(Channel.Paper, driver.State.FindParticipant(gisela)!.Channel);
        driver.As(ayse, new AddSpeakerByName(Guid.NewGuid(), Guid.NewGuid(), "Otto", Presence.InRoom)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new AddSpeakerByName(Guid.NewGuid(), gisela, "Otto", Presence.InRoom)).AssertRefused(RefusalCode.DuplicateId);
    }

    [Fact]
    public void Remote_people_are_marked_on_the_board_and_the_console()
    {
        var driver = OpenList();
        var remote = driver.Join("Ayşe", Presence.Remote);
        Raise(driver, remote).AssertAccepted();
        driver.Facilitate(new AddSpeakerByName(Guid.NewGuid(), Guid.NewGuid(), "Otto am Telefon", Presence.Remote)).AssertAccepted();

        Assert.All(driver.Assembly.PublicBoard(driver.Now).Speakers!.Next, card => Assert.Equal(Presence.Remote, card.Presence));
        Assert.All(Desk(driver).Waiting, line => Assert.Equal(Presence.Remote, line.Presence));
    }

    [Fact]
    public void The_phone_knows_its_place_and_its_turn()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var mila = driver.Join("Mila");
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();
        Raise(driver, mila).AssertAccepted();

        Assert.Equal(3, driver.Assembly.OwnView(mila)!.PlaceInLine);
        Next(driver).AssertAccepted();

        Assert.True(driver.Assembly.OwnView(ayse)!.IsSpeaking);
        Assert.Null(driver.Assembly.OwnView(ayse)!.PlaceInLine);
        Assert.Equal(2, driver.Assembly.OwnView(mila)!.PlaceInLine);
    }

    [Fact]
    public void The_room_sees_the_speaker_and_the_next_three_and_how_many_wait()
    {
        var driver = OpenList();
        var people = Enumerable.Range(1, 6).Select(i => driver.Join($"Person {i}")).ToList();
        people.ForEach(p => Raise(driver, p).AssertAccepted());
        Next(driver).AssertAccepted();

        var board = driver.Assembly.PublicBoard(driver.Now).Speakers!;

        Assert.Equal("Person 1", board.Current!.Name);
        Assert.Equal(["Person 2", "Person 3", "Person 4"], board.Next.Select(c => c.Name));
        Assert.Equal(5, board.WaitingCount);
    }

    [Fact]
    public void The_board_shows_no_list_until_it_is_opened_and_none_once_it_is_closed_and_done()
    {
        var driver = new AssemblyDriver();
        Assert.Null(driver.Assembly.PublicBoard(driver.Now).Speakers);
        OpenList(driver);
        var ayse = driver.Join("Ayşe");
        Raise(driver, ayse).AssertAccepted();
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), false)).AssertAccepted();
        Next(driver).AssertAccepted();
        Assert.NotNull(driver.Assembly.PublicBoard(driver.Now).Speakers);

        Next(driver).AssertAccepted();

        Assert.Null(driver.Assembly.PublicBoard(driver.Now).Speakers);
    }

    [Fact]
    public void The_list_lives_across_phases_and_ends_with_the_assembly()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        Raise(driver, ayse).AssertAccepted();

        driver.AdvanceTo(Phase.Clustering);
        Assert.Equal(1, driver.State.Speakers.PlaceOf(ayse));
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        Next(driver).AssertRefused(RefusalCode.AssemblyClosed);
    }

    [Fact]
    public void A_replayed_list_equals_the_live_one()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        driver.Facilitate(new SetSpeakingRules(Guid.NewGuid(), 90, true, false)).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
        Next(driver).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();
        Next(driver).AssertAccepted();
        Raise(driver, ayse).AssertAccepted();
        driver.Facilitate(new AddSpeakerByName(Guid.NewGuid(), Guid.NewGuid(), "Otto", Presence.InRoom)).AssertAccepted();
        driver.Facilitate(new MoveSpeakerUp(Guid.NewGuid(), ayse)).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History);

        Assert.Equal(ViewJson.Of(driver.Assembly.FacilitatorView(driver.Now)), ViewJson.Of(replayed.FacilitatorView(driver.Now)));
        Assert.Equal(ViewJson.Of(driver.Assembly.OwnView(ayse)!), ViewJson.Of(replayed.OwnView(ayse)!));
    }

    [Fact]
    public void A_raised_hand_changes_the_own_views_of_those_waiting_and_a_call_also_the_last_speakers()
    {
        var driver = OpenList();
        var ayse = driver.Join("Ayşe");
        var heinz = driver.Join("Heinz");
        var bystander = driver.Join("Mila");
        Raise(driver, ayse).AssertAccepted();
        Raise(driver, heinz).AssertAccepted();
        Next(driver).AssertAccepted();

        var call = Next(driver).AssertAccepted().Events.Single();

        Assert.Equivalent(new[] { ayse, heinz }, PrivateAudience.Of(driver.State, call));
        Assert.DoesNotContain(bystander, PrivateAudience.Of(driver.State, new HandRaised(heinz, driver.Now))!);
    }
}
