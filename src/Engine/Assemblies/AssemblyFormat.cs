namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>Where the assembly happens; hybrid means some neighbours are in the room and some remote.</summary>
public enum AssemblyFormat
{
    InRoom,
    Online,
    Hybrid,
}
