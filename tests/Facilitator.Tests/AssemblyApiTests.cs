using System.Net;
using System.Net.Http.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class AssemblyApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Creating_an_assembly_returns_secret_links_a_join_code_and_the_qr_url()
    {
        var created = await AssemblyApi.CreateAsync(host);

        Assert.NotEqual(Guid.Empty, created.AssemblyId);
        Assert.Equal(JoinCode.Length, created.JoinCode.Length);
        Assert.All(created.JoinCode, c => Assert.Contains(c, JoinCode.Alphabet));
        Assert.True(Secret.IsWellFormed(created.FacilitatorSecret));
        Assert.True(Secret.IsWellFormed(created.ProjectorSecret));
        Assert.NotEqual(created.FacilitatorSecret, created.ProjectorSecret);
        Assert.EndsWith($"/join/{created.JoinCode}", created.JoinUrl);
        Assert.EndsWith($"/api/assemblies/join/{created.JoinCode}/qr.svg", created.QrUrl);
        Assert.EndsWith("#" + created.FacilitatorSecret, created.FacilitatorUrl);
        Assert.EndsWith("#" + created.ProjectorSecret, created.ProjectorUrl);
    }

    [Fact]
    public async Task Two_assemblies_get_different_join_codes_and_secrets()
    {
        var first = await AssemblyApi.CreateAsync(host);
        var second = await AssemblyApi.CreateAsync(host);

        Assert.NotEqual(first.JoinCode, second.JoinCode);
        Assert.NotEqual(first.FacilitatorSecret, second.FacilitatorSecret);
    }

    [Fact]
    public async Task The_secrets_are_not_stored_in_plain_text()
    {
        var created = await AssemblyApi.CreateAsync(host);

        var file = await File.ReadAllBytesAsync(host.DatabasePath);
        var text = System.Text.Encoding.ASCII.GetString(file);
        Assert.DoesNotContain(created.FacilitatorSecret, text);
        Assert.DoesNotContain(created.ProjectorSecret, text);
    }

    [Fact]
    public async Task A_wrong_facilitator_secret_is_refused()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var other = await AssemblyApi.CreateAsync(host);

        var wrong = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, Secret.Create());
        var otherAssemblys = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, other.FacilitatorSecret);
        var projectorSecret = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.ProjectorSecret);
        var garbage = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, "x");
        var none = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, null);
        var right = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.FacilitatorSecret);

        Assert.All([wrong, otherAssemblys, projectorSecret, garbage, none], r =>
        {
            Assert.Null(r.Binding);
            Assert.Equal(RefusalCode.NotAllowedForRole, r.Refusal);
            Assert.Equal(HostRefusal.InvalidSecret, r.Detail);
        });
        Assert.Equal(ConnectionBinding.Facilitator(created.AssemblyId), right.Binding);
    }

    [Fact]
    public async Task A_request_without_template_is_refused_with_a_reason()
    {
        using var http = host.CreateHttpClient();
        var request = AssemblyApi.Request() with { Template = null, TemplateId = "does-not-exist" };

        using var response = await http.PostAsJsonAsync("api/assemblies", request, AssemblyApi.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UnknownTemplate", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overrides_outside_the_rules_are_refused_by_the_engine()
    {
        using var http = host.CreateHttpClient();
        var request = AssemblyApi.Request() with { DotsPerPerson = 0 };

        using var response = await http.PostAsJsonAsync("api/assemblies", request, AssemblyApi.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(nameof(RefusalCode.InvalidTemplate), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overrides_change_the_dot_budget()
    {
        var created = await AssemblyApi.CreateAsync(host, AssemblyApi.Request() with { DotsPerPerson = 5, MaxDotsPerTopic = 3 });
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);

        var board = (await facilitator.ViewAsync()).Board;

        Assert.Equal(5, board.Voting.DotsPerPerson);
        Assert.Equal(3, board.Voting.MaxDotsPerTopic);
    }

    [Fact]
    public async Task An_assembly_opens_from_a_seed_template_by_id_with_the_facilitators_own_budget()
    {
        using var http = host.CreateHttpClient();
        var templates = await http.GetFromJsonAsync<List<Engine.Templates.AssemblyTemplate>>("api/templates", AssemblyApi.Json);
        var request = AssemblyApi.Request() with { Template = null, TemplateId = "offene-versammlung", DotsPerPerson = 4 };

        var created = await AssemblyApi.CreateAsync(host, request);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var board = (await facilitator.ViewAsync()).Board;

        Assert.Contains(templates!, t => t.Id == "offene-versammlung");
        Assert.Equal("offene-versammlung", board.TemplateId);
        Assert.Equal(4, board.Voting.DotsPerPerson);
    }
}
