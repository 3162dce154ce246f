using MessagePack;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>One first step of a carried group as it stood last time.</summary>
[MessagePackObject]
public sealed record CarriedStep([property: Key(0)] string Text, [property: Key(1)] bool Done);
