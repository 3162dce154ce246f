using MessagePack;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>How project groups form: seeded from the top topics, each with a size range.</summary>
[MessagePackObject]
public sealed record GroupRules(
    [property: Key(0)] int MinSize,
    [property: Key(1)] int MaxSize,
    [property: Key(2)] int GroupsFromTopTopics);
