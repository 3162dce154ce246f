using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

public static class GroupSpaceRegistration
{
    /// <summary>The group spaces after the evening: their store, links, opening, and their own retention sweep.</summary>
    public static IServiceCollection AddGroupSpaces(this IServiceCollection services)
    {
        services.AddSingleton<GroupSpaceRepository>();
        services.AddSingleton<LiveGroupSpaces>();
        services.AddSingleton<GroupSpaceOpening>();
        services.AddSingleton<GroupSpaceCards>();
        services.AddSingleton<GroupSpaceSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupSpaceSweeper>());
        return services;
    }
}
