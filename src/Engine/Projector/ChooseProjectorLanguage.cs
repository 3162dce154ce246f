using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Projector;

/// <summary>
/// The facilitator has the projector show the phase, its instructions and the timer in a second
/// language besides its own (e.g. German and Turkish), or in its own only again (<see cref="Tag"/>
/// null). It is the assembly's, not a browser's: it survives a restart and a co-facilitator sees it.
/// </summary>
public sealed record ChooseProjectorLanguage(Guid CommandId, string? Tag) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (Tag is not null && !UiLanguages.IsRegistered(Tag)
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Tag))
            : string.Equals(context.State.ProjectorSecondLanguage, Normalised, StringComparison.Ordinal)
                ? Refuse(RefusalCode.ValueOutOfRange, nameof(Tag))
                : Accept(new ProjectorLanguageChosen(Normalised)));

    /// <summary>The registry's own spelling of the tag ("AR" is "ar"), so the same choice is the same stored value.</summary>
    private string? Normalised => Tag is null ? null : UiLanguages.Find(Tag)!.Tag;
}
