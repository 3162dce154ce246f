namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>Marker for the texts of the start page, the console and the shared screen parts (ScreenTexts.resx: German, ScreenTexts.en.resx: English).</summary>
public sealed class ScreenTexts;
