namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>Marker for the texts of the projector screen (ProjectorTexts.resx: German, ProjectorTexts.en.resx: English).</summary>
public sealed class ProjectorTexts;
