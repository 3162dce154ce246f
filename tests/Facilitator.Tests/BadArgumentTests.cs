using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>Unknown ids, nulls and nonsense values come back as refusals; the connection stays usable.</summary>
public sealed class BadArgumentTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Bad_arguments_are_refused_with_a_reason_and_change_nothing()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode);
        var before = (await facilitator.ViewAsync()).Board.Version;

        var refusals = new (CommandRefusal Expected, Task<CommandResult> Call)[]
        {
            (new(RefusalCode.ValueOutOfRange, null, HostRefusal.CommandIdRequired), phone.InvokeAsync("CastDot", Guid.Empty, Guid.NewGuid())),
            (new(RefusalCode.WrongPhase, "Lobby"), phone.InvokeAsync("CastDot", Guid.NewGuid(), Guid.NewGuid())),
            (new(RefusalCode.WrongPhase, "Lobby"), phone.InvokeAsync("SubmitTopic", Guid.NewGuid(), Guid.NewGuid(), null, null)),
            (new(RefusalCode.UnknownTopic, null), facilitator.SendAsync(new ModerateTopic(Guid.NewGuid(), Guid.NewGuid(), TopicVisibility.Hidden))),
            (new(RefusalCode.UnknownGroup, null), facilitator.SendAsync(new UpdateGroupProfile(Guid.NewGuid(), Guid.NewGuid(), null!))),
            (new(RefusalCode.UnknownParticipant, null), facilitator.SendAsync(new CastDot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()))),
            (new(RefusalCode.TransitionNotAllowed, null), facilitator.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack))),
            (new(RefusalCode.TransitionNotAllowed, null), facilitator.SendAsync(new ChangePhase(Guid.NewGuid(), (PhaseTrigger)999))),
            (new(RefusalCode.WrongPhase, "Lobby"), facilitator.SendAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), null!, null))),
            (new(RefusalCode.ValueOutOfRange, "Seconds"), facilitator.SendAsync(new StartTimer(Guid.NewGuid(), -5))),
            (new(RefusalCode.TransitionNotAllowed, null), facilitator.SendAsync(new StartRunOff(Guid.NewGuid(), []))),
        };

        foreach (var (expected, call) in refusals)
        {
            var result = await call;
            Assert.False(result.Accepted);
            Assert.Equal(expected.Code, result.Refusal);
            if (expected.Detail is not null)
            {
                Assert.Equal(expected.Detail, result.Detail);
            }

            Assert.Equal(expected.Host, result.Host);
        }

        Assert.Equal(before, (await facilitator.ViewAsync()).Board.Version);
        await facilitator.AdvanceAsync();
    }

    private sealed record CommandRefusal(RefusalCode Code, string? Detail, HostRefusal? Host = null);
}
