using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Participants;

public class DoorTests
{
    private static Decision TryJoin(AssemblyDriver driver, Guid id, string device, string? pseudonym = "Ayşe") =>
        driver.As(id, new JoinAssembly(Guid.NewGuid(), id, device, pseudonym, Presence.Remote));

    [Fact]
    public void The_door_is_open_until_the_facilitator_sets_it()
    {
        var driver = new AssemblyDriver();

        Assert.Equal(Door.Open, driver.Assembly.FacilitatorView(driver.Now).Door);
        driver.Join("Ayşe");

        var decision = driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Closed)).AssertAccepted();

        Assert.Equal([new DoorSet(Door.Closed)], decision.Events);
        Assert.Equal(Door.Closed, driver.Assembly.FacilitatorView(driver.Now).Door);
    }

    [Fact]
    public void Only_the_facilitator_may_set_the_door()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");

        driver.As(neighbour, new SetDoor(Guid.NewGuid(), Door.Closed)).AssertRefused(RefusalCode.NotAllowedForRole);

        Assert.Equal(Door.Open, driver.State.Door);
    }

    [Fact]
    public void Setting_the_door_to_what_it_is_or_to_no_door_at_all_is_refused()
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Open)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new SetDoor(Guid.NewGuid(), (Door)7)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void The_door_can_be_set_in_every_phase_but_not_once_the_assembly_is_closed()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.Clustering);
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Closed)).AssertAccepted();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Open)).AssertRefused(RefusalCode.AssemblyClosed);
    }

    [Fact]
    public void A_closed_door_refuses_a_new_phone()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Closed)).AssertAccepted();

        TryJoin(driver, Guid.NewGuid(), "device-new").AssertRefused(RefusalCode.DoorClosed);

        Assert.Empty(driver.State.Participants);
    }

    [Fact]
    public void A_closed_door_keeps_everyone_in_and_lets_the_facilitator_add_people_on_paper()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Closed)).AssertAccepted();

        driver.AddPaperParticipant("Herr Lehmann");
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(ayse, "Mehr Bänke im Hof");

        Assert.Equal(2, driver.State.Participants.Count());
    }

    [Fact]
    public void Opening_a_closed_door_lets_new_phones_in_again()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Closed)).AssertAccepted();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Open)).AssertAccepted();

        TryJoin(driver, Guid.NewGuid(), "device-new").AssertAccepted();
    }

    [Fact]
    public void At_a_door_that_asks_for_a_knock_a_new_phone_knocks_and_waits()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();

        var decision = TryJoin(driver, id, "device-knock").AssertAccepted();

        Assert.Equal([new KnockedAtDoor(id, "device-knock", "Ayşe", Presence.Remote, driver.Now)], decision.Events);
        Assert.Empty(driver.State.Participants);
        Assert.Equal([new KnockRow(id, "Ayşe", Presence.Remote, driver.Now)], driver.Assembly.FacilitatorView(driver.Now).Knocks);
    }

    [Fact]
    public void A_knocking_phone_that_asks_again_is_still_waiting_and_knocks_only_once()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        TryJoin(driver, Guid.NewGuid(), "device-knock").AssertAccepted();

        TryJoin(driver, Guid.NewGuid(), "device-knock").AssertRefused(RefusalCode.WaitingAtDoor);

        Assert.Single(driver.State.Knocks);
    }

    [Fact]
    public void An_admitted_knocker_joins_as_it_knocked()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();
        TryJoin(driver, id, "device-knock").AssertAccepted();
        driver.Wait(TimeSpan.FromMinutes(1));

        var decision = driver.Facilitate(new AdmitKnocker(Guid.NewGuid(), id)).AssertAccepted();

        Assert.Equal([new ParticipantJoined(id, "device-knock", "Ayşe", Presence.Remote, Channel.Phone, driver.Now)], decision.Events);
        Assert.Equal(id, driver.State.FindParticipantByDevice("device-knock")?.Id);
        Assert.Empty(driver.Assembly.FacilitatorView(driver.Now).Knocks);
    }

    [Fact]
    public void A_turned_away_knocker_is_told_so_when_it_asks_again()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();
        TryJoin(driver, id, "device-knock").AssertAccepted();

        var decision = driver.Facilitate(new TurnAwayKnocker(Guid.NewGuid(), id)).AssertAccepted();

        Assert.Equal([new KnockerTurnedAway(id)], decision.Events);
        Assert.Empty(driver.State.Knocks);
        TryJoin(driver, Guid.NewGuid(), "device-knock").AssertRefused(RefusalCode.TurnedAwayAtDoor);
    }

    [Fact]
    public void Once_the_door_opens_a_turned_away_phone_may_join_like_anyone()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();
        TryJoin(driver, id, "device-knock").AssertAccepted();
        driver.Facilitate(new TurnAwayKnocker(Guid.NewGuid(), id)).AssertAccepted();

        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Open)).AssertAccepted();

        TryJoin(driver, Guid.NewGuid(), "device-knock").AssertAccepted();
    }

    [Fact]
    public void A_knocking_phone_that_joins_once_the_door_opens_is_no_longer_waiting()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var knocked = Guid.NewGuid();
        TryJoin(driver, knocked, "device-knock").AssertAccepted();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.Open)).AssertAccepted();

        TryJoin(driver, Guid.NewGuid(), "device-knock").AssertAccepted();

        Assert.Empty(driver.State.Knocks);
        driver.Facilitate(new AdmitKnocker(Guid.NewGuid(), knocked)).AssertRefused(RefusalCode.UnknownKnock);
    }

    [Fact]
    public void Only_the_facilitator_answers_a_knock_and_only_a_knock_that_is_there()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();
        TryJoin(driver, id, "device-knock").AssertAccepted();

        driver.As(neighbour, new AdmitKnocker(Guid.NewGuid(), id)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.As(neighbour, new TurnAwayKnocker(Guid.NewGuid(), id)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new AdmitKnocker(Guid.NewGuid(), Guid.NewGuid())).AssertRefused(RefusalCode.UnknownKnock);
        driver.Facilitate(new TurnAwayKnocker(Guid.NewGuid(), neighbour)).AssertRefused(RefusalCode.UnknownKnock);
    }

    [Fact]
    public void A_knocker_id_cannot_be_taken_by_someone_else()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var id = Guid.NewGuid();
        TryJoin(driver, id, "device-knock").AssertAccepted();

        driver.Facilitate(new AddPaperParticipant(Guid.NewGuid(), id, "Herr Lehmann", Presence.InRoom)).AssertRefused(RefusalCode.DuplicateId);
    }

    [Fact]
    public void The_door_and_the_knocks_survive_a_replay_from_the_store()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetDoor(Guid.NewGuid(), Door.ByApproval)).AssertAccepted();
        var waiting = Guid.NewGuid();
        var away = Guid.NewGuid();
        TryJoin(driver, waiting, "device-waiting").AssertAccepted();
        TryJoin(driver, away, "device-away", pseudonym: null).AssertAccepted();
        driver.Facilitate(new TurnAwayKnocker(Guid.NewGuid(), away)).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        var view = replayed.FacilitatorView(driver.Now);
        Assert.Equal(Door.ByApproval, view.Door);
        Assert.Equal([waiting], view.Knocks.Select(k => k.ParticipantId));
        var again = Guid.NewGuid();
        var decision = replayed.Decide(new JoinAssembly(Guid.NewGuid(), again, "device-away", null, Presence.InRoom), Actor.Participant(again), driver.Now);
        Assert.Equal(RefusalCode.TurnedAwayAtDoor, decision.Refusal?.Code);
    }
}
