using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The house rules an invitation starts with, by the assembly's format; the facilitator edits them. Online ones
/// follow the LAG-Bistro invitation's rules for the online meeting. Kept here, not in the template files, so the
/// template stored inside <c>AssemblyCreated</c> keeps its shape (decision 0017).
/// </summary>
public static class HouseRuleDefaults
{
    private static readonly string German = UiLanguages.German.Tag;
    private static readonly string English = UiLanguages.English.Tag;
    private static readonly string Easy = UiLanguages.Easy.Tag;

    private static readonly LocalizedText[] InRoom =
    [
        LocalizedText.Of((German, "Alle dürfen mitreden. Wir hören einander zu."), (English, "Everyone may speak. We listen to each other."), (Easy, "Alle dürfen reden. Wir hören zu.")),
        LocalizedText.Of((German, "Wir reden nacheinander, nicht durcheinander."), (English, "We speak in turn, not all at once."), (Easy, "Immer nur einer redet.")),
        LocalizedText.Of((German, "Wir sind freundlich zueinander – auch wenn wir anderer Meinung sind."), (English, "We are kind to each other, also when we disagree."), (Easy, "Wir sind freundlich. Auch wenn wir anders denken.")),
    ];

    private static readonly LocalizedText[] Online =
    [
        LocalizedText.Of((German, "Wir reden nacheinander. Wer etwas sagen will, meldet sich im Chat oder mit der Hand."), (English, "We speak in turn. If you want to say something, raise your hand or write in the chat."), (Easy, "Immer nur einer redet. Du willst reden? Dann heb die Hand.")),
        LocalizedText.Of((German, "Mikrofon aus, während andere sprechen."), (English, "Microphone off while others speak."), (Easy, "Andere reden? Dann mach dein Mikrofon aus.")),
        LocalizedText.Of((German, "Kamera an, wenn du magst – es geht auch ohne."), (English, "Camera on if you like; it works without too."), (Easy, "Die Kamera darf an sein. Sie darf auch aus sein.")),
        LocalizedText.Of((German, "Wir sind freundlich zueinander – auch wenn wir anderer Meinung sind."), (English, "We are kind to each other, also when we disagree."), (Easy, "Wir sind freundlich. Auch wenn wir anders denken.")),
    ];

    /// <summary>The defaults for <paramref name="format"/> in the language <paramref name="tag"/> (its fallback's where it has none).</summary>
    public static IReadOnlyList<string> For(AssemblyFormat format, string? tag) =>
        [.. (format == AssemblyFormat.InRoom ? InRoom : Online).Select(r => r.For(tag))];
}
