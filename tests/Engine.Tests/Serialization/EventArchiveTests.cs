using System.Text.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Serialization;

public class EventArchiveTests
{
    [Fact]
    public void The_archive_keeps_every_event_but_no_device_key_and_no_link_from_a_dot_to_a_person()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Bank");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topic).AssertAccepted();
        driver.As(ayse, new RemoveDot(Guid.NewGuid(), ayse, topic)).AssertAccepted();

        var archived = driver.History.Select(EventArchive.Of).ToList();

        Assert.Equal(driver.History.Select(e => (e.Version, e.At, e.Event.GetType().Name)), archived.Select(e => (e.Version, e.At, e.Type)));
        var dots = archived.Where(e => e.Type is "DotCast" or "DotRemoved").ToList();
        Assert.Equal(2, dots.Count);
        Assert.All(dots, d => Assert.Equal(new ArchivedDot(topic, 1), d.Data));
        var json = JsonSerializer.Serialize(archived);
        Assert.DoesNotContain($"device-{ayse:N}", json, StringComparison.Ordinal);
        var joined = Assert.IsType<ParticipantJoined>(archived.Single(e => e.Type == nameof(ParticipantJoined)).Data);
        Assert.Equal(("Ayşe", null), (joined.Pseudonym, joined.DeviceKey));
    }
}
