using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Testing;
using Tags = OffeneVersammlung.Facilitator.Telemetry.HostTelemetry.Tags;

namespace OffeneVersammlung.Facilitator.Tests.Telemetry;

/// <summary>What the host's own spans and metrics say about a phone's dot, on a real host with a real SignalR phone.</summary>
public sealed class HostTelemetryTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_phones_dot_is_a_command_span_and_duration_an_append_of_its_event_and_a_push_to_the_room()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        using var recorder = Listen();

        var answer = await phone.DoAsync(nameof(IParticipantHub.CastDot), Guid.NewGuid(), topic);
        await phone.BoardAtAsync(answer.Version);
        await Eventually.HoldsAsync(() => recorder.SpansNamed("push room").Any(), () => "no push span");

        var command = Assert.Single(recorder.SpansNamed("command CastDot"));
        Assert.Equal("accepted", command.GetTagItem(Tags.Outcome));
        Assert.Null(command.GetTagItem(Tags.Refusal));
        var duration = Assert.Single(recorder.Of("ov.command.duration"), m => Equals(m[Tags.Command], "CastDot"));
        Assert.Equal("accepted", duration[Tags.Outcome]);
        Assert.True(duration.Value > 0);

        // The append is a trace of its own (it serves a whole batch) and links the command it stored.
        var append = Assert.Single(recorder.SpansNamed("append"), a => a.Links.Any(l => l.Context == command.Context));
        Assert.Equal("Sqlite", append.GetTagItem(Tags.Store));
        Assert.Equal("stored", append.GetTagItem(Tags.Outcome));
        Assert.True((int)append.GetTagItem(Tags.Events)! >= 1);
        Assert.NotEqual(command.TraceId, append.TraceId);
        Assert.Contains(recorder.Of("ov.append.events"), m => m.Value >= 1 && Equals(m[Tags.Store], "Sqlite"));
        Assert.Contains(recorder.Of("ov.append.duration"), m => Equals(m[Tags.Outcome], "stored"));

        var push = recorder.SpansNamed("push room").First();
        Assert.Equal("room", push.GetTagItem(Tags.Audience));
        Assert.True((long)push.GetTagItem(Tags.Bytes)! > 0);
        Assert.Contains(recorder.Of("ov.push.size"), m => m.Value > 0 && Equals(m[Tags.Audience], "room"));
        Assert.Contains(recorder.Of("ov.push.duration"), m => Equals(m[Tags.Audience], "room"));

        // The phones' board is handed on at the phones' pace (decision 0023), measured once its writes are started.
        await Eventually.HoldsAsync(() => recorder.Of("ov.push.duration").Any(m => Equals(m[Tags.Audience], "phones")), () => "no phones push measured");
        Assert.Contains(recorder.Of("ov.push.size"), m => m.Value > 0 && Equals(m[Tags.Audience], "phones"));
    }

    [Fact]
    public async Task A_refused_dot_carries_its_refusal_code_and_none_of_the_sent_text()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal Secretname");
        using var recorder = Listen();

        var answer = await phone.InvokeAsync(nameof(IParticipantHub.SubmitTopic), Guid.NewGuid(), Guid.NewGuid(), "Mein geheimes Thema", null);

        Assert.False(answer.Accepted);
        var command = Assert.Single(recorder.SpansNamed("command SubmitTopic"));
        Assert.Equal("refused", command.GetTagItem(Tags.Outcome));
        Assert.Equal(answer.Refusal.ToString(), command.GetTagItem(Tags.Refusal));
        var duration = Assert.Single(recorder.Of("ov.command.duration"), m => Equals(m[Tags.Command], "SubmitTopic"));
        Assert.Equal(answer.Refusal.ToString(), duration[Tags.Refusal]);
        var everything = recorder.Spans.SelectMany(s => s.TagObjects).Concat(recorder.Measurements.SelectMany(m => m.Tags));
        Assert.DoesNotContain(everything, t => t.Value?.ToString()?.Contains("geheim", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Empty(recorder.SpansNamed("append"));
    }

    [Fact]
    public async Task A_phone_on_the_hub_and_a_projector_in_the_process_are_counted_while_they_are_connected()
    {
        var created = await AssemblyApi.CreateAsync(host);
        using var recorder = Listen();
        double Open(string screen, string mode) => recorder.Of("ov.connections")
            .Where(m => Equals(m[Tags.Screen], screen) && Equals(m[Tags.Mode], mode)).Sum(m => m.Value);

        var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        var projector = InProcessScreen.Projector(host, created.AssemblyId);

        Assert.Equal(1, Open("phone", "wasm"));
        Assert.Equal(1, Open("projector", "server"));

        await phone.DisposeAsync();
        projector.Dispose();

        await Eventually.HoldsAsync(() => Open("phone", "wasm") == 0, () => $"phones open: {Open("phone", "wasm")}");
        Assert.Equal(0, Open("projector", "server"));
    }

    /// <summary>Hears this host's telemetry from now on.</summary>
    private TelemetryRecorder Listen() => new(host.Services.GetRequiredService<HostTelemetry>());
}
