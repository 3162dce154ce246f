namespace OffeneVersammlung.Engine.Announcements;

/// <summary>How a series repeats. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum Repeat
{
    /// <summary>Every week on the weekday of the first date.</summary>
    Weekly = 0,

    /// <summary>Every month on the same weekday of the same week as the first date ("the first Thursday"); a first date in the month's fifth week means the last such weekday.</summary>
    MonthlyOnWeekday = 1,
}
