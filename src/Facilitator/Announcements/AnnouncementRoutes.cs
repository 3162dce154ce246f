namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>Where an invitation lives: everything under <c>/einladung/{token}</c>.</summary>
public static class AnnouncementRoutes
{
    public const string Prefix = "/einladung";

    public static string Page(string baseUrl, string token) => $"{baseUrl}{Prefix}/{token}";

    public static string Local(string token, string? file = null, string? language = null)
    {
        var path = file is null ? $"{Prefix}/{token}" : $"{Prefix}/{token}/{file}";
        return language is null ? path : $"{path}?lang={Uri.EscapeDataString(language)}";
    }
}
