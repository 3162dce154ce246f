using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Qr;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// Finds the invitation behind a token. Null when there is none: an unknown token, an assembly deleted (on request or
/// after its retention) or one that never wrote an invitation all look the same to the public.
/// </summary>
public sealed class AnnouncementReader(IAnnouncementLinks links, LiveAssemblies assemblies, IAccessStore access, PublicAddress address)
{
    public async Task<PublicAnnouncement?> ReadAsync(string token, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (await links.FindAssemblyAsync(token, cancellationToken) is not { } assemblyId
            || await access.FindByAssemblyAsync(assemblyId, cancellationToken) is not { } record
            || await assemblies.ReadAsync(assemblyId, (assembly, now) => AnnouncementView.Of(assembly.State, now), cancellationToken) is not { } view)
        {
            return null;
        }

        var baseUrl = address.BaseUrl(request);
        return new PublicAnnouncement(view, record.JoinCode, token, AnnouncementRoutes.Page(baseUrl, token), JoinLinks.Join(baseUrl, record.JoinCode));
    }
}
