using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>A bunit context with the phone app's real services; JS calls (localStorage) answer with defaults.</summary>
public abstract class ParticipantTestContext : BunitContext
{
    static ParticipantTestContext()
    {
        // bunit's second for a render to arrive is short when CI builds the other projects on both cores
        // beside these tests; a wait still ends as soon as its assertion holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
    }

    protected ParticipantTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddParticipantApp();
    }
}
