using System.Net;
using System.Net.Http.Json;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class AdminTokenTests(AdminTokenTests.GuardedHost host) : IClassFixture<AdminTokenTests.GuardedHost>
{
    private const string Token = "correct-horse-battery-staple";

    [Fact]
    public async Task Creating_an_assembly_needs_the_admin_token_when_one_is_configured()
    {
        using var http = host.CreateHttpClient();

        using var without = await http.PostAsJsonAsync("api/assemblies", AssemblyApi.Request(), AssemblyApi.Json);
        using var wrong = await PostWithToken(http, "not-the-token");
        using var right = await PostWithToken(http, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
    }

    private static Task<HttpResponseMessage> PostWithToken(HttpClient http, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/assemblies") { Content = JsonContent.Create(AssemblyApi.Request(), options: AssemblyApi.Json) };
        request.Headers.Add(AdminTokenFilter.Header, token);
        return http.SendAsync(request);
    }

    public sealed class GuardedHost : HostFactory
    {
        protected override string? AdminToken => Token;
    }
}
