using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// <see cref="AssemblyCreated"/> version 1 stored each template text as the pair [German, English]; an
/// assembly created then reads its texts as the map of those two languages.
/// </summary>
public class TemplateTextsUpcastTests
{
    [Fact]
    public void An_assembly_created_with_text_pairs_reads_them_as_German_and_English()
    {
        var stored = new StoredEvent(1, Guid.Empty, DateTimeOffset.UnixEpoch, 1, GoldenFiles.ReadBytes("events/AssemblyCreated.v1.msgpack"));

        var created = Assert.IsType<AssemblyCreated>(EventSerializer.FromStored(stored).Event);

        Assert.Equal(new Dictionary<string, string> { ["de"] = "Offene Versammlung", ["en"] = "Open Assembly" }, created.Template.Name.Texts);
        Assert.Equal("Place your dots.", created.Template.PlanFor(Phase.DotVoting)!.Prompt!.For("en"));
        Assert.Equal("Klebe deine Punkte.", created.Template.PlanFor(Phase.DotVoting)!.Prompt!.For("de-x-ls"));
        Assert.Null(created.Template.PlanFor(Phase.TopicCollection)!.Prompt);
    }
}
