using OffeneVersammlung.Engine.Announcements;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>An invitation as the public sees it: the view, the join code, and the addresses under the public base URL.</summary>
public sealed record PublicAnnouncement(AnnouncementView View, string JoinCode, string Token, string PageUrl, string JoinUrl);
