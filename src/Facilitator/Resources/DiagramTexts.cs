namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>Marker for the console diagrams' texts (DiagramTexts.resx: German, DiagramTexts.en.resx: English).</summary>
public sealed class DiagramTexts;
