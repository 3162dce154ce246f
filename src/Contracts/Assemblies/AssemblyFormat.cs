namespace OffeneVersammlung.Contracts;

/// <summary>Where the assembly happens; hybrid means some neighbours are in the room and some remote. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum AssemblyFormat
{
    InRoom = 0,
    Online = 1,
    Hybrid = 2,
}
