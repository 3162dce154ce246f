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
    public async Task The_qr_code_of_an_unknown_join_code_is_not_found()
    {
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("api/assemblies/join/ZZZZZZ/qr.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_healthy()
    {
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
