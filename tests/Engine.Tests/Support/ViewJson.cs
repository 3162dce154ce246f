using System.Text.Json;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Support;

/// <summary>Every audience's view as JSON, so two assemblies can be compared as the screens would see them.</summary>
internal static class ViewJson
{
    public static string AllViews(OpenAssembly assembly, DateTimeOffset now) =>
        JsonSerializer.Serialize(new
        {
            Facilitator = assembly.FacilitatorView(now),
            Participants = assembly.State.Participants.Select(p => assembly.ParticipantView(p.Id, now)).ToList(),
        });

    public static string Of(object view) => JsonSerializer.Serialize(view);
}
