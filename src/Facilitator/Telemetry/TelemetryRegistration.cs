using OffeneVersammlung.Facilitator.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OffeneVersammlung.Facilitator.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>The setting with the OTLP collector's address, e.g. <c>http://127.0.0.1:4317</c>.</summary>
    public const string EndpointSetting = $"{OffeneVersammlungOptions.Section}:Telemetry:OtlpEndpoint";

    /// <summary>The setting with the OTLP protocol: <c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    public const string ProtocolSetting = $"{OffeneVersammlungOptions.Section}:Telemetry:OtlpProtocol";

    /// <summary>The service's name in the exported resource.</summary>
    public const string ServiceName = "offene-versammlung";

    /// <summary>OpenTelemetry's own variable, which the exporter reads when our setting is absent.</summary>
    private const string StandardEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The host's instruments (<see cref="HostTelemetry"/>) always; traces and metrics exported over OTLP
    /// (the host's own, and ASP.NET Core's requests) only when <see cref="EndpointSetting"/> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names a collector. Without either nothing listens and nothing is sent.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMetrics();
        services.AddSingleton<HostTelemetry>();
        var configuration = builder.Configuration;
        var endpoint = configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(configuration[StandardEndpoint]))
        {
            return builder;
        }

        var protocol = ProtocolOf(configuration[ProtocolSetting]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(HostTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => Configure(o, endpoint, protocol, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(HostTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => Configure(o, endpoint, protocol, "v1/metrics")));
        return builder;
    }

    private static OtlpExportProtocol? ProtocolOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{ProtocolSetting} = '{value}' is unknown; use 'grpc' or 'http/protobuf'."),
    };

    /// <summary>
    /// Our setting, when given, replaces the standard variables. An endpoint set in code is used as it is,
    /// so over HTTP the signal's path is added here, as the exporter does for the standard variable.
    /// </summary>
    private static void Configure(OtlpExporterOptions options, string? endpoint, OtlpExportProtocol? protocol, string signalPath)
    {
        if (protocol is { } chosen)
        {
            options.Protocol = chosen;
        }

        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        var address = new Uri(endpoint.TrimEnd('/') + "/");
        options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(address, signalPath) : address;
    }
}
