using System.Net;
using System.Text.RegularExpressions;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>Every kind of response the app gives carries the same protective headers.</summary>
public sealed partial class SecurityHeaderTests(HostFactory host) : IClassFixture<HostFactory>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "" },
        { "GET", "join/ABCD2345" },
        { "GET", "facilitator/00000000000000000000000000000001" },
        { "GET", "projector/00000000000000000000000000000001" },
        { "GET", "css/app.css" },
        { "GET", "js/reconnect.js" },
        { "GET", "_framework/blazor.web.js" },
        { "GET", "api/templates" },
        { "GET", "api/assemblies/join/ABCD2345/qr.svg" },
        { "GET", "health" },
        { "GET", "no/such/page.txt" },
        { "POST", "api/assemblies" },
        { "POST", "hub/negotiate?negotiateVersion=1" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_carries_the_policy_nosniff_no_referrer_and_the_permissions_policy(string method, string path)
    {
        using var http = host.CreateHttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST" && path.StartsWith("api/", StringComparison.Ordinal))
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        var console = path.StartsWith("facilitator/", StringComparison.Ordinal);
        Assert.Equal(console, policy.Contains(" style-src-attr 'unsafe-inline';", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", policy.Replace(" style-src-attr 'unsafe-inline';", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Equal(path.StartsWith("join/", StringComparison.Ordinal), policy.Contains("'wasm-unsafe-eval'", StringComparison.Ordinal));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_one_inline_script_carries_this_responses_nonce_and_every_response_draws_a_new_one()
    {
        using var http = host.CreateHttpClient();

        var (first, firstPage) = await PageAsync(http);
        var (second, _) = await PageAsync(http);

        var inline = ScriptTag().Matches(firstPage).Select(m => m.Value).Where(tag => !tag.Contains(" src=", StringComparison.Ordinal));
        Assert.Equal($"nonce=\"{first}\"", NonceAttribute().Match(Assert.Single(inline)).Value);
        Assert.NotEqual(first, second);
    }

    private static async Task<(string Nonce, string Page)> PageAsync(HttpClient http)
    {
        using var response = await http.GetAsync("join/ABCD2345");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        return (NonceInPolicy().Match(policy).Groups[1].Value, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("nonce=\"[^\"]*\"")]
    private static partial Regex NonceAttribute();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}
