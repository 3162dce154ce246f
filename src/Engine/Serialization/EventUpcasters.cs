namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// Every upcaster the engine ships with. Each change of a stored shape adds one here, and it stays as
/// long as stored assemblies may hold the old version.
/// </summary>
public static class EventUpcasters
{
    public static IReadOnlyList<EventUpcaster> All { get; } = [new TemplateTextsBecameMaps(), new TemplateGainedSpeakingOrder()];
}
