namespace OffeneVersammlung.Engine.Topics;

/// <summary>Pending topics wait for the facilitator (only their author sees them); hidden ones are moderated away.</summary>
public enum TopicVisibility
{
    Pending,
    Shown,
    Hidden,
}
