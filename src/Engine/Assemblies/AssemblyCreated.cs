using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Assemblies;

/// <remarks>
/// Version 2: the template's texts are maps of language tag → text (<see cref="TemplateTextsBecameMaps"/>).
/// Version 3: the template says whether first-time speakers go first (<see cref="TemplateGainedSpeakingOrder"/>).
/// </remarks>
[MessagePackObject]
[SchemaVersion(3)]
public sealed record AssemblyCreated(
    [property: Key(0)] Guid AssemblyId,
    [property: Key(1)] string Title,
    [property: Key(2)] string? Place,
    [property: Key(3)] DateTimeOffset? StartsAt,
    [property: Key(4)] AssemblyFormat Format,
    [property: Key(5)] AssemblyTemplate Template,
    [property: Key(6)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.IsCreated = true;
        state.Id = AssemblyId;
        state.Title = Title;
        state.Place = Place;
        state.StartsAt = StartsAt;
        state.Format = Format;
        state.Template = Template;
        state.Phase = Phase.Lobby;
        state.Votes.OpenFirstRound(Template.Voting);
        if (Template.FirstTimeSpeakersFirst)
        {
            state.Speakers.SetRules(null, firstTimeFirst: true, gong: false, inProtocol: false);
        }
    }
}
