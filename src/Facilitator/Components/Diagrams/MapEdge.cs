namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A line of the groups map; lines to partners are drawn dashed.</summary>
internal sealed record MapEdge(string Path, bool ToPartner);
