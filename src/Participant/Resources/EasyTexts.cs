namespace OffeneVersammlung.Participant.Resources;

/// <summary>Marker for the plain-language (Leichte Sprache) German texts of the main screens; missing keys fall back to <see cref="Texts"/>.</summary>
public sealed class EasyTexts;
