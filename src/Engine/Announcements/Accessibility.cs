using MessagePack;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>What the invitation promises about getting in and following along; the free text says the rest (a ramp at the side door, a sign-language interpreter from 19:00).</summary>
[MessagePackObject]
public sealed record Accessibility(
    [property: Key(0)] bool StepFree,
    [property: Key(1)] bool Interpreters,
    [property: Key(2)] bool InductionLoop,
    [property: Key(3)] string? Notes)
{
    public static Accessibility None { get; } = new(false, false, false, null);

    public bool SaysAnything() => StepFree || Interpreters || InductionLoop || Notes is not null;
}
