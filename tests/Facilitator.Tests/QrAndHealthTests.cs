using System.Net;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class QrAndHealthTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_join_qr_code_is_an_svg()
    {
        var created = await AssemblyApi.CreateAsync(host);
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync(new Uri(created.QrUrl).PathAndQuery.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_qr_code_answers_a_dead_code_exactly_like_a_live_one()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var dead = new string(created.JoinCode.Select(c => c == 'Z' ? 'Y' : 'Z').ToArray());
        using var http = host.CreateHttpClient();

        using var live = await http.GetAsync($"api/assemblies/join/{created.JoinCode}/qr.svg");
        using var unknown = await http.GetAsync($"api/assemblies/join/{dead}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(live.StatusCode, unknown.StatusCode);
        Assert.Equal(live.Content.Headers.ContentType, unknown.Content.Headers.ContentType);
        Assert.Contains("<svg", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_qr_code_of_something_that_cannot_be_a_code_is_not_found()
    {
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("api/assemblies/join/not-a-code!/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_healthy()
    {
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The store's name on its line: an operator of several nodes sees which store the check is about.
        Assert.Equal("Healthy\ndatabase: Healthy (Sqlite)", await response.Content.ReadAsStringAsync());
    }
}
