using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>The invitation was written or changed. Its title, date and place become the assembly's, so console, projector and protocol say the same.</summary>
[MessagePackObject]
public sealed record AnnouncementSet([property: Key(0)] Announcement Announcement) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.Announcement = Announcement;
        state.Title = Announcement.Title;
        state.StartsAt = Announcement.StartsAt;
        state.Place = Announcement.Place;
    }
}
