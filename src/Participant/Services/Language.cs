namespace OffeneVersammlung.Participant.Services;

/// <summary>The languages of the phone app: German (default), English, and German in plain language (Leichte Sprache).</summary>
public enum Language
{
    De,
    En,
    Easy,
}
