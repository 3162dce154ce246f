namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>How much a follow-up carries over: an evening's groups with their steps and members, no more.</summary>
public static class FollowUpLimits
{
    public const int MaxGroups = 20;
    public const int MaxSteps = 40;
    public const int MaxMembers = 50;
    public const int StepText = 200;
}
