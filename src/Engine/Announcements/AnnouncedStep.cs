using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>One part of the evening as the invitation tells it; the screens say it in plain words per phase.</summary>
public sealed record AnnouncedStep(Phase Phase, int? Minutes);
