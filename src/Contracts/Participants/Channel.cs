namespace OffeneVersammlung.Contracts;

/// <summary>How a person takes part: on their own phone, or on paper through the facilitator. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum Channel
{
    Phone = 0,
    Paper = 1,
}
