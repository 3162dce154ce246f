namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// What the public may read of a group, once its members switched it on: the profile's own fields and the next date.
/// Built field by field from the profile and the dates, never from the members, so no contact, email, phone number,
/// member name or role can reach it (the Lösungsteam's privacy rule).
/// </summary>
public sealed record PublicGroupProfile(
    string Name,
    string? Problem,
    IReadOnlyList<string> Goals,
    string? Indicators,
    string? Status,
    string? Partners,
    MeetingDate? NextDate)
{
    /// <summary>Null while the profile is not public.</summary>
    public static PublicGroupProfile? Of(GroupSpaceState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened || !state.IsPublic)
        {
            return null;
        }

        var profile = state.Profile;
        return new PublicGroupProfile(profile.Name, profile.Problem, profile.Goals, profile.Indicators, profile.Status, profile.Partners, state.NextDate(now));
    }
}
