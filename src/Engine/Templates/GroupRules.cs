namespace OffeneVersammlung.Engine.Templates;

/// <summary>How project groups form: seeded from the top topics, each with a size range.</summary>
public sealed record GroupRules(int MinSize, int MaxSize, int GroupsFromTopTopics);
