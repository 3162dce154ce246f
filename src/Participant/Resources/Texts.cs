namespace OffeneVersammlung.Participant.Resources;

/// <summary>Marker for the phone app's texts (Texts.resx: German, Texts.en.resx: English).</summary>
public sealed class Texts;
