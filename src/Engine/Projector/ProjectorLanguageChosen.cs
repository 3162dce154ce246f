using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Projector;

/// <summary>The projector's second language from now on, a registered tag; null: its own language only.</summary>
[MessagePackObject]
public sealed record ProjectorLanguageChosen([property: Key(0)] string? Tag) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.ProjectorSecondLanguage = Tag;
}
