namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>A long text cut to fit a drop-down option, with an ellipsis where it was cut.</summary>
public static class ShortText
{
    public static string Of(string text, int maxLength = 40) =>
        text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
}
