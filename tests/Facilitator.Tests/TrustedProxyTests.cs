using System.Net;
using Microsoft.AspNetCore.Hosting;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Behind a reverse proxy the failed-join accounting counts the client's address the proxy names,
/// but only if the proxy is one the configuration trusts; HTTPS at the proxy makes cookies Secure and
/// turns HSTS on.
/// </summary>
public sealed class TrustedProxyTests
{
    private const int FailedJoinsPerAddress = 20;

    [Fact]
    public async Task Behind_a_trusted_proxy_a_guesser_uses_up_only_its_own_address()
    {
        using var host = new ProxiedHost(trusted: "127.0.0.1");
        var created = await AssemblyApi.CreateAsync(host);
        await GuessAsync(host, From("203.0.113.7"), 10);
        await GuessAsync(host, From("203.0.113.7"), 10);

        await using var guesser = await LiveClient.ConnectAsync(host, From("203.0.113.7"));
        await using var neighbour = await LiveClient.ConnectAsync(host, From("203.0.113.8"));
        var guessed = await guesser.JoinAsync(created.JoinCode, null);
        var joined = await neighbour.JoinAsync(created.JoinCode, null);

        Assert.Equal((false, HostRefusal.TooManyAttempts), (guessed.Accepted, guessed.Host));
        Assert.True(joined.Accepted, $"{joined.Refusal} {joined.Detail}");
    }

    [Fact]
    public async Task A_forwarded_address_from_a_sender_that_is_not_a_trusted_proxy_is_ignored()
    {
        using var host = new ProxiedHost(trusted: "192.0.2.1");
        var created = await AssemblyApi.CreateAsync(host);
        for (var i = 0; i < FailedJoinsPerAddress; i++)
        {
            await GuessAsync(host, From($"198.51.100.{i + 1}"), 1);
        }

        await using var posing = await LiveClient.ConnectAsync(host, From("198.51.100.250"));
        var joined = await posing.JoinAsync(created.JoinCode, null);

        Assert.Equal((false, RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts), (joined.Accepted, joined.Refusal, joined.Host));
    }

    [Fact]
    public async Task Https_at_a_trusted_proxy_makes_the_antiforgery_cookie_secure_and_sends_hsts()
    {
        using var host = new ProxiedHost(trusted: "127.0.0.1", environment: "Production");
        using var plain = await SendAsync(host, proto: null);
        using var secure = await SendAsync(host, proto: "https");

        Assert.DoesNotContain("secure", CookieOf(plain), StringComparison.OrdinalIgnoreCase);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("secure", CookieOf(secure), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> From(string client) => new() { ["X-Forwarded-For"] = client };

    private static async Task GuessAsync(HostFactory host, Dictionary<string, string> headers, int guesses)
    {
        await using var scanner = await LiveClient.ConnectAsync(host, headers);
        for (var i = 0; i < guesses; i++)
        {
            Assert.Equal(HostRefusal.UnknownJoinCode, (await scanner.JoinAsync("ZZZZZZZZ", null)).Host);
        }
    }

    // A fresh client each time, so no cookie of an earlier answer is sent back and each answer sets its own.
    private static async Task<HttpResponseMessage> SendAsync(HostFactory host, string? proto)
    {
        using var http = host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Host = "versammlung.example.org";
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static string CookieOf(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

    private sealed class ProxiedHost(string trusted, string? environment = null) : HostFactory
    {
        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OffeneVersammlung:TrustedProxies:0", trusted);
            builder.UseSetting("OffeneVersammlung:FailedJoinsPerAddress", FailedJoinsPerAddress.ToString());
            if (environment is not null)
            {
                builder.UseEnvironment(environment);
            }
        }
    }
}
