using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace OffeneVersammlung.Facilitator.Components.Wall;

/// <summary>A cluster's labelled area on the wall's diagram; its cards are nodes of their own drawn on top.</summary>
public sealed class AreaNode : NodeModel
{
    public AreaNode(Guid clusterId, Point position)
        : base("area-" + clusterId.ToString("N"), position)
    {
        ClusterId = clusterId;
        ControlledSize = true;
    }

    public Guid ClusterId { get; }

    public string Label { get; set; } = string.Empty;

    public int Count { get; set; }
}
