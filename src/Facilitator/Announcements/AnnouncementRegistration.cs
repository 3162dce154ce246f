namespace OffeneVersammlung.Facilitator.Announcements;

public static class AnnouncementRegistration
{
    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddSingleton<AnnouncementReader>();
        services.AddSingleton<SeriesOpening>();
        return services;
    }
}
