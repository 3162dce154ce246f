using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Builds what each audience sees from the assembly as it is. Called while no command changes the
/// assembly, once per paced send and audience (<see cref="AssemblyChange"/>), never per command.
/// </summary>
public interface IAudienceViews
{
    /// <summary>The board and the own views of <paramref name="touched"/> (every phone when null).</summary>
    PublicUpdate Room(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now);

    FacilitatorView Console(OpenAssembly assembly, DateTimeOffset now);
}
