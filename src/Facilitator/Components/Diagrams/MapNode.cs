using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A box of the groups map in the console's diagram: its kind (the CSS class), its label and detail.</summary>
public sealed class MapNode : NodeModel
{
    public MapNode(string id, Point position, Size size, string kind, string label, string? detail, string title)
        : base(id, position)
    {
        ControlledSize = true;
        Size = size;
        Kind = kind;
        Label = label;
        Detail = detail;
        Title = title;
    }

    public string Kind { get; }

    public string Label { get; }

    public string? Detail { get; }
}
