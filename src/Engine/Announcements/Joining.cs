namespace OffeneVersammlung.Engine.Announcements;

/// <summary>What the announcement page offers about joining.</summary>
public enum Joining
{
    /// <summary>Not yet: the page says when joining opens.</summary>
    NotYet = 0,

    /// <summary>The assembly takes phones now: the page offers the join.</summary>
    Open = 1,

    /// <summary>The assembly is over and no date follows.</summary>
    Over = 2,
}
