namespace OffeneVersammlung.Contracts;

/// <summary>Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum PhaseTrigger
{
    Advance = 0,
    StepBack = 1,
    ReopenTopicCollection = 2,
    RunOff = 3,
    Close = 4,
}
