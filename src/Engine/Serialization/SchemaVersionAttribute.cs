namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// The shape version of a stored event kind; without the attribute a kind is at version 1. Raise it when
/// the kind's stored fields change meaning or move, and register an <see cref="EventUpcaster"/> from
/// the version before (docs/decisions/0009-stored-format.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SchemaVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}
