using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Resources;

/// <summary>Marker for the refusal texts (RefusalTexts.resx: German, RefusalTexts.en.resx: English), one per engine <c>RefusalCode</c>.</summary>
public sealed class RefusalTexts;
