namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The three pictures of "how to take part", drawn as inline SVG: a phone scanning a code, a phone with a name
/// field, a finger on the button. Presentation attributes only (no style attribute, which the page's policy
/// refuses); decorative, since the sentence beside each says it all.
/// </summary>
public static class HowToPictures
{
    private const string Phone = """<rect x="22" y="6" width="56" height="88" rx="8" fill="#fff" stroke="currentColor" stroke-width="4"/><line x1="42" y1="84" x2="58" y2="84" stroke="currentColor" stroke-width="4" stroke-linecap="round"/>""";

    public static string Scan { get; } = Svg(Phone
        + """<rect x="32" y="20" width="14" height="14" fill="currentColor"/><rect x="54" y="20" width="14" height="14" fill="currentColor"/><rect x="32" y="42" width="14" height="14" fill="currentColor"/>"""
        + """<rect x="54" y="46" width="6" height="6" fill="currentColor"/><rect x="62" y="54" width="6" height="6" fill="currentColor"/><rect x="50" y="62" width="6" height="6" fill="currentColor"/>"""
        + """<path d="M26 70 L74 70" stroke="#c2410c" stroke-width="3"/>""");

    public static string Name { get; } = Svg(Phone
        + """<rect x="30" y="30" width="40" height="16" rx="3" fill="#fff" stroke="currentColor" stroke-width="3"/><line x1="36" y1="34" x2="36" y2="42" stroke="#c2410c" stroke-width="3"/>"""
        + """<text x="50" y="66" font-family="sans-serif" font-size="14" text-anchor="middle" fill="currentColor">Aa?</text>""");

    public static string Tap { get; } = Svg(Phone
        + """<rect x="30" y="34" width="40" height="18" rx="9" fill="currentColor"/><path d="M41 43 l6 5 l11 -10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>"""
        + """<path d="M60 50 l0 24 q0 8 8 8 l4 0 q8 0 8 -8 l0 -12 q0 -4 -4 -4 q-4 0 -4 4 l0 -4 q0 -4 -4 -4 q-4 0 -4 4 l0 -8 q0 -4 -4 -4 q-4 0 -4 4 z" fill="#fde68a" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>""");

    private static string Svg(string body) =>
        $"""<svg class="howto-picture" viewBox="0 0 100 100" width="96" height="96" aria-hidden="true" focusable="false">{body}</svg>""";
}
