namespace OffeneVersammlung.Contracts;

/// <summary>Where a topic came from; paper cards stay marked as such in the audit and the protocol. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum TopicSource
{
    Phone = 0,
    Paper = 1,
}
