using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The house rules an invitation starts with, by the assembly's format; the facilitator edits them. Online ones
/// follow the LAG-Bistro invitation's rules for the online meeting. Kept here, not in the template files, so the
/// template stored inside <c>AssemblyCreated</c> keeps its shape (decision 0017).
/// </summary>
public static class HouseRuleDefaults
{
    private static readonly LocalizedText[] InRoom =
    [
        LocalizedText.Of(("de", "Alle dürfen mitreden. Wir hören einander zu."), ("en", "Everyone may speak. We listen to each other."), ("de-x-ls", "Alle dürfen reden. Wir hören zu.")),
        LocalizedText.Of(("de", "Wir reden nacheinander, nicht durcheinander."), ("en", "We speak in turn, not all at once."), ("de-x-ls", "Immer nur einer redet.")),
        LocalizedText.Of(("de", "Wir sind freundlich zueinander – auch wenn wir anderer Meinung sind."), ("en", "We are kind to each other, also when we disagree."), ("de-x-ls", "Wir sind freundlich. Auch wenn wir anders denken.")),
    ];

    private static readonly LocalizedText[] Online =
    [
        LocalizedText.Of(("de", "Wir reden nacheinander. Wer etwas sagen will, meldet sich im Chat oder mit der Hand."), ("en", "We speak in turn. If you want to say something, raise your hand or write in the chat."), ("de-x-ls", "Immer nur einer redet. Du willst reden? Dann heb die Hand.")),
        LocalizedText.Of(("de", "Mikrofon aus, während andere sprechen."), ("en", "Microphone off while others speak."), ("de-x-ls", "Andere reden? Dann mach dein Mikrofon aus.")),
        LocalizedText.Of(("de", "Kamera an, wenn du magst – es geht auch ohne."), ("en", "Camera on if you like; it works without too."), ("de-x-ls", "Die Kamera darf an sein. Sie darf auch aus sein.")),
        LocalizedText.Of(("de", "Wir sind freundlich zueinander – auch wenn wir anderer Meinung sind."), ("en", "We are kind to each other, also when we disagree."), ("de-x-ls", "Wir sind freundlich. Auch wenn wir anders denken.")),
    ];

    /// <summary>The defaults for <paramref name="format"/> in the language <paramref name="tag"/> (its fallback's where it has none).</summary>
    public static IReadOnlyList<string> For(AssemblyFormat format, string? tag) =>
        [.. (format == AssemblyFormat.InRoom ? InRoom : Online).Select(r => r.For(tag))];
}
