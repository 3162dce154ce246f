namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// A topic that left the board during the evening: merged into another (<see cref="MergedIntoNumber"/>,
/// with its text, which the room saw) or hidden by the moderation (its number only: what the moderation
/// took off the wall is not handed round again in print).
/// </summary>
public sealed record ProtocolSetAsideTopic(int Number, string? Text, int? MergedIntoNumber)
{
    public bool IsHidden => MergedIntoNumber is null;
}
