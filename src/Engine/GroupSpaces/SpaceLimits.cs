namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>How much a group space holds: generous for a group meeting for years, small enough for a page on an old phone.</summary>
public static class SpaceLimits
{
    public const int MaxSteps = 40;
    public const int MaxDates = 100;
    public const int MaxEntries = 300;
    public const int StepText = 200;
    public const int EntryText = 2000;
    public const int Contact = 200;
}
