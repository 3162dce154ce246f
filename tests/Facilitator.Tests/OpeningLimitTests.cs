using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class OpeningLimitTests
{
    private const int PerHour = 3;

    [Fact]
    public async Task Without_an_admin_token_one_address_opens_only_so_many_assemblies_an_hour()
    {
        using var host = new LimitedHost();
        using var http = host.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PerHour + 2; i++)
        {
            using var response = await http.PostAsJsonAsync("api/assemblies", AssemblyApi.Request(), AssemblyApi.Json);
            statuses.Add(response.StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        using var later = await http.PostAsJsonAsync("api/assemblies", AssemblyApi.Request(), AssemblyApi.Json);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Created, PerHour), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }

    private sealed class LimitedHost : HostFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-05-20T18:00:00+02:00"));

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OffeneVersammlung:AssembliesPerAddressPerHour", PerHour.ToString());
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
