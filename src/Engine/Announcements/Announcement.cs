using MessagePack;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The invitation to an assembly as the facilitator wrote it: when and where, how to get in, whom to call,
/// the house rules, and whether it repeats. Nested in <see cref="AnnouncementSet"/>, so its keys are stored format.
/// </summary>
[MessagePackObject]
public sealed record Announcement(
    [property: Key(0)] string Title,
    [property: Key(1)] DateTimeOffset StartsAt,
    [property: Key(2)] string? Place,
    [property: Key(3)] string? OnlineLink,
    [property: Key(4)] Accessibility Access,
    [property: Key(5)] string? ContactPhone,
    [property: Key(6)] IReadOnlyList<string> HouseRules,
    [property: Key(7)] SeriesRule? Series)
{
    public bool Equals(Announcement? other) =>
        other is not null && Title == other.Title && StartsAt == other.StartsAt && Place == other.Place && OnlineLink == other.OnlineLink
        && Access == other.Access && ContactPhone == other.ContactPhone && HouseRules.SequenceEqual(other.HouseRules) && Series == other.Series;

    public override int GetHashCode() => HashCode.Combine(Title, StartsAt, Place, OnlineLink, Access, ContactPhone, HouseRules.Count, Series);
}
