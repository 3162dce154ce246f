namespace OffeneVersammlung.Engine.Topics;

/// <summary>Where a topic came from; paper cards stay marked as such in the audit and the protocol.</summary>
public enum TopicSource
{
    Phone,
    Paper,
}
