using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>The engine's views, as the host sends them.</summary>
public sealed class AudienceViews : IAudienceViews
{
    public PublicUpdate Room(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now) =>
        UpdateBuilder.DescribePublic(assembly, touched, now);

    public FacilitatorView Console(OpenAssembly assembly, DateTimeOffset now) => assembly.FacilitatorView(now);
}
