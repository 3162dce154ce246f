namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>Texts people could type to break an export: markup, formulas, SQL, separators, line breaks.</summary>
internal static class HostileTexts
{
    public const string Script = "<script>alert(1)</script>";
    public const string Formula = "=HYPERLINK(\"http://x\")";
    public const string Markup = "*bold* | pipe";
    public const string Sql = "; DROP TABLE events; --";
    public const string TwoLines = "Zeile eins\nZeile zwei";
    public const string AtFormula = "@SUM(A1)";
    public const string PlusCategory = "+49 30";
    public const string Quoted = "Papier, mit \"Anführungszeichen\"";
    public const string ClusterLink = "[Link](javascript:alert(1))";
    public const string HtmlPseudonym = "<b>Ben</b>";
    public const string FormulaPseudonym = "=cmd|' /C calc'!A0";
    public const string GroupName = "Gruppe \"Bänke\" & Co; Hinterhof, Nord \\ Süd – Überschrift für alle";
    public const string Problem = "Zu wenig Bänke\n<img src=x onerror=alert(1)>";
    public const string Heading = "# Überschrift?";
    public const string Year = "1986. war hier schon eine Bank";
    public const string MeetingPlace = "Café Eck; Hinterhof, 2. OG \\ links";
    public const string Contact = "geheim@example.org";

    /// <summary>The right-to-left override: the engine refuses it, the writers drop it.</summary>
    public const string RightToLeftOverride = "\u202E";

    public static readonly string[] Topics = [Script, Formula, Markup, Sql, TwoLines, AtFormula];
}
