using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OffeneVersammlung.Facilitator.Tests.Telemetry;

/// <summary>Telemetry leaves the host only towards a configured collector: here a real OTLP/HTTP receiver on loopback.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_a_collector_configured_a_dot_reaches_it_as_spans_and_metrics_over_otlp()
    {
        using var collector = new OtlpReceiver();
        var host = new CollectorHost(collector.Address);
        try
        {
            var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
            await using var _ = facilitator;
            await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
            var answer = await phone.DoAsync(nameof(IParticipantHub.CastDot), Guid.NewGuid(), topic);
            await phone.BoardAtAsync(answer.Version);
        }
        finally
        {
            // Stopping the host flushes what the exporters still hold.
            host.Dispose();
        }

        Assert.True(collector.Received("/v1/traces", "command CastDot"), Paths(collector));
        Assert.True(collector.Received("/v1/traces", "append"), Paths(collector));
        Assert.True(collector.Received("/v1/traces", TelemetryRegistration.ServiceName), Paths(collector));
        Assert.True(collector.Received("/v1/metrics", "ov.command.duration"), Paths(collector));
        Assert.True(collector.Received("/v1/metrics", "ov.append.events"), Paths(collector));
        Assert.True(collector.Received("/v1/metrics", "ov.connections"), Paths(collector));
        Assert.DoesNotContain(collector.Requests, r => r.Body.AsSpan().IndexOf("Amal"u8) >= 0);
    }

    [Fact]
    public void Without_a_collector_nothing_is_registered_to_export()
    {
        using var host = new HostFactory();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.NotNull(host.Services.GetService<HostTelemetry>());
    }

    private static string Paths(OtlpReceiver collector) =>
        "received: " + string.Join(", ", collector.Requests.Select(r => $"{r.Path} ({r.Body.Length} bytes)"));

    private sealed class CollectorHost(Uri collector) : HostFactory
    {
        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting(TelemetryRegistration.EndpointSetting, collector.ToString());
            builder.UseSetting(TelemetryRegistration.ProtocolSetting, "http/protobuf");
        }
    }
}
