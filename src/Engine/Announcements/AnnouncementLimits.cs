namespace OffeneVersammlung.Engine.Announcements;

/// <summary>How long the invitation's texts may be: a poster and an A6 flyer have to hold them.</summary>
public static class AnnouncementLimits
{
    public const int OnlineLink = 300;
    public const int ContactPhone = 40;
    public const int AccessibilityNotes = 300;
    public const int HouseRule = 160;
    public const int MaxHouseRules = 8;

    /// <summary>The rules typed one a line into one field: every rule at its longest, and the line breaks.</summary>
    public const int HouseRulesField = MaxHouseRules * (HouseRule + 1);

    /// <summary>Phones may join this long before the announced start: time to find the room and the code.</summary>
    public static readonly TimeSpan JoiningOpensBefore = TimeSpan.FromMinutes(30);

    /// <summary>A date counts as the next one until this long after its start, when the evening is over in any template.</summary>
    public static readonly TimeSpan DateLasts = TimeSpan.FromHours(3);
}
