using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Demo;

/// <summary>
/// A scripted evening in the project's own words: who came, what they said and brought, how they
/// voted and which groups formed. Played as ordinary commands, so the demo runs through every rule.
/// People are named by a short key the script uses to refer to them.
/// </summary>
public sealed record DemoScript(
    string TemplateId,
    string Title,
    string? Place,
    AssemblyFormat Format,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoMood> CheckIns,
    IReadOnlyList<DemoTopic> Topics,
    IReadOnlyList<DemoCluster> Clusters,
    IReadOnlyList<DemoDots> Dots,
    IReadOnlyList<DemoDots> PaperDots,
    IReadOnlyList<DemoGroup> Groups,
    IReadOnlyList<DemoMood> CheckOuts,
    Phase StopAt);

public sealed record DemoPerson(string Key, string? Pseudonym, Presence Presence, bool OnPaper);

public sealed record DemoMood(string Who, Mood Mood, string Word);

/// <summary>A topic; <see cref="Who"/> null means a paper card the facilitator types in.</summary>
public sealed record DemoTopic(string Key, string? Who, string Text, string? Category);

public sealed record DemoCluster(string Label, IReadOnlyList<string> Topics);

/// <summary>Dots on a topic; for paper dots <see cref="Who"/> is null.</summary>
public sealed record DemoDots(string? Who, string Topic, int Count);

public sealed record DemoGroup(string Topic, IReadOnlyList<string> Members, DemoProfile Profile);

public sealed record DemoProfile(
    string Name,
    string? Problem,
    IReadOnlyList<string> Goals,
    string? Indicators,
    string? FirstSteps,
    int? NextMeetingInDays,
    string? NextMeetingPlace,
    string? SupportNeeded);
