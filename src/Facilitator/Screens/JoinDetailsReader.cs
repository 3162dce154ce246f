using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Qr;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>Finds an assembly's join code and builds the links phones in the room can reach.</summary>
public sealed class JoinDetailsReader(IAccessStore access, PublicAddress address)
{
    public async Task<JoinDetails?> ReadAsync(Guid assemblyId, string browserBaseUrl, CancellationToken cancellationToken = default) =>
        await access.FindByAssemblyAsync(assemblyId, cancellationToken) is { } record
            ? new JoinDetails(
                record.JoinCode,
                JoinLinks.Join(address.BaseUrl(browserBaseUrl), record.JoinCode),
                JoinLinks.Qr(string.Empty, record.JoinCode))
            : null;
}
