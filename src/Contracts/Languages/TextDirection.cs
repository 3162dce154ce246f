namespace OffeneVersammlung.Contracts.Languages;

/// <summary>How a language's lines run; a screen sets its <c>dir</c> attribute from it.</summary>
public enum TextDirection
{
    LeftToRight = 0,
    RightToLeft = 1,
}
