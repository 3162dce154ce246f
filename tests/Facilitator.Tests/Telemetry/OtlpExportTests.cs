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
        using var host = new CollectorHost(collector.Address);
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");

        var answer = await phone.DoAsync(nameof(IParticipantHub.CastDot), Guid.NewGuid(), topic);
        await phone.BoardAtAsync(answer.Version);

        // The exporters send on their own schedule (shortened here); wait for what the dot left.
        await Eventually.HoldsAsync(
            () => collector.Received("/v1/traces", "command CastDot") && collector.Received("/v1/traces", "append")
                && collector.Received("/v1/metrics", "ov.command.duration") && collector.Received("/v1/metrics", "ov.append.events")
                && collector.Received("/v1/metrics", "ov.connections"),
            () => Paths(collector));
        Assert.True(collector.Received("/v1/traces", TelemetryRegistration.ServiceName), Paths(collector));
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

            // OpenTelemetry's own settings, read from the configuration: send every 200 ms, not every 5 s and 60 s.
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
            builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200");
        }
    }
}
