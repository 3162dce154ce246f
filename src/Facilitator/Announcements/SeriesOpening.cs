using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// Opens a series' next date as an assembly of its own, when the facilitator asks for it on the console of the date
/// before: same template, format and invitation, the next date, a fresh join code and fresh secret links. The
/// invitation's link moves on to it, so the posters on the notice boards stay right. Not on a sweep: an assembly
/// nobody asked for would hold a join code open for weeks and keep the retention clock of a series nobody runs any more.
/// </summary>
public sealed class SeriesOpening(LiveAssemblies assemblies, AssemblyOpening opening, IAnnouncementLinks links)
{
    /// <summary>The next date to open after <paramref name="assemblyId"/>'s, if its series has one to open now.</summary>
    public async Task<DateTimeOffset?> NextDateAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(assemblyId, cancellationToken))?.View.Date;

    /// <summary>Null when there is nothing to open: no series, or the assembly's own date is still the next one.</summary>
    public async Task<AssemblyOpened?> OpenNextAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (await ReadAsync(assemblyId, cancellationToken) is not { } source)
        {
            return null;
        }

        var invitation = source.Announcement;
        var opened = await opening.OpenAsync(source.Template, invitation.Title, invitation.Place, source.View.Date, source.Format, cancellationToken);
        if (!opened.IsOpened)
        {
            return opened;
        }

        var announced = await assemblies.ExecuteAsync(
            opened.AssemblyId,
            new Announce(Guid.NewGuid(), invitation.Title, source.View.Date, invitation.Place, invitation.OnlineLink, invitation.Access, invitation.ContactPhone, invitation.HouseRules, invitation.Series),
            Actor.Facilitator,
            cancellationToken);
        if (!announced.IsAccepted)
        {
            return AssemblyOpened.Refused(announced.Refusal!.Code, announced.Refusal.Detail);
        }

        await links.MoveAsync(assemblyId, opened.AssemblyId, cancellationToken);
        return opened;
    }

    private async Task<NextDateSource?> ReadAsync(Guid assemblyId, CancellationToken cancellationToken) =>
        await assemblies.ReadAsync(
            assemblyId,
            (assembly, now) => assembly.State.Announcement is { Series: not null } invitation
                && AnnouncementView.Of(assembly.State, now) is { IsThisAssemblysDate: false } view
                ? new NextDateSource(invitation, assembly.State.Template, assembly.State.Format, view)
                : null,
            cancellationToken);

    private sealed record NextDateSource(Announcement Announcement, AssemblyTemplate Template, AssemblyFormat Format, AnnouncementView View);
}
