namespace OffeneVersammlung.Contracts;

/// <summary>Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum Presence
{
    InRoom = 0,
    Remote = 1,
}
