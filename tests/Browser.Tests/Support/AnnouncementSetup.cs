using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>An invitation written in-process, as the console's panel writes it, for tests about the public side only.</summary>
public static class AnnouncementSetup
{
    public static async Task<string> AnnounceAsync(HostFactory host, Guid assemblyId)
    {
        var outcome = await host.Services.GetRequiredService<LiveAssemblies>().ExecuteAsync(
            assemblyId,
            new Announce(
                Guid.NewGuid(),
                "Offene Versammlung im Gemeinschaftsgarten",
                new DateTimeOffset(2030, 6, 6, 18, 0, 0, TimeSpan.FromHours(2)),
                "Nachbarschaftshaus, Saal 1",
                null,
                new Accessibility(true, false, true, null),
                "030 1234567",
                HouseRuleDefaults.For(Contracts.AssemblyFormat.InRoom, "de"),
                new SeriesRule(Repeat.MonthlyOnWeekday, SeriesRule.DefaultTimeZone)),
            Actor.Facilitator);
        Assert.True(outcome.IsAccepted);
        return await host.Services.GetRequiredService<IAnnouncementLinks>().GetOrCreateAsync(assemblyId);
    }
}
