using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>A bunit context with the phone app's real services; JS calls (localStorage) answer with defaults.</summary>
public abstract class ParticipantTestContext : BunitContext
{
    protected ParticipantTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddParticipantApp();
    }
}
