namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>Where the spaces live: a member's under <c>/gruppenraum/{token}</c>, a public profile under <c>/gruppe/{token}</c>.</summary>
public static class GroupSpaceRoutes
{
    public const string Prefix = "/gruppenraum";
    public const string PublicPrefix = "/gruppe";

    /// <summary>Where a phone posts after the close to be led to its member's space.</summary>
    public const string FromPhone = Prefix + "/vom-telefon";

    public const string Gone = Prefix + "/geschlossen";

    public static string Member(string token, string? file = null, string? language = null) => WithLanguage(file is null ? $"{Prefix}/{token}" : $"{Prefix}/{token}/{file}", language);

    public static string Public(string token, string? language = null) => WithLanguage($"{PublicPrefix}/{token}", language);

    public static string WithLanguage(string path, string? language) =>
        language is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Uri.EscapeDataString(language)}";
}
