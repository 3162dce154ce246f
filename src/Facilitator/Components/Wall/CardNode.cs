using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace OffeneVersammlung.Facilitator.Components.Wall;

/// <summary>A topic's card on the wall's diagram; sized by the engine's layout, never measured in the browser.</summary>
public sealed class CardNode : NodeModel
{
    public CardNode(Guid topicId, Point position)
        : base(topicId.ToString("N"), position)
    {
        TopicId = topicId;
        ControlledSize = true;
    }

    public Guid TopicId { get; }

    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;

    public Guid? ClusterId { get; set; }
}
