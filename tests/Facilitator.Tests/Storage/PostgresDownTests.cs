using System.Globalization;
using Npgsql;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>PostgreSQL stopped and started under a running host: on a cluster of the test's own, so no other class loses its server.</summary>
public sealed class PostgresDownTests : IAsyncLifetime
{
    private PostgresCluster _cluster = null!;
    private PostgresHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        _host = PostgresHostFactory.OnDatabase(await _cluster.CreateDatabaseAsync());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_commands_are_refused_as_store_unavailable_and_the_same_ids_go_through_once_it_is_back()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(_host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(_host, created.JoinCode, "Ali");
        var before = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);

        using var http = _host.CreateHttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        await _cluster.StopServerAsync();
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health")).StatusCode);
        var queuedDot = Guid.NewGuid();
        var refusedDot = await phone.InvokeAsync("CastDot", queuedDot, topic);
        var paperDots = new AdjustPaperDots(Guid.NewGuid(), topic, 3);
        var refusedConsole = await facilitator.SendAsync(paperDots);
        var refusedAgain = await phone.InvokeAsync("CastDot", queuedDot, topic);

        Assert.Equal((false, RefusalCode.StoreUnavailable), (refusedDot.Accepted, refusedDot.Refusal));
        Assert.Equal((false, RefusalCode.StoreUnavailable), (refusedConsole.Accepted, refusedConsole.Refusal));
        Assert.Equal(RefusalCode.StoreUnavailable, refusedAgain.Refusal);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        Assert.Equal("Speichern gerade nicht möglich – bitte gleich nochmal.", Refusals.Sentence(RefusalCode.StoreUnavailable));

        await _cluster.StartServerAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        var resent = await phone.InvokeAsync("CastDot", queuedDot, topic);
        var resentConsole = await facilitator.SendAsync(paperDots);
        var resentTwice = await phone.InvokeAsync("CastDot", queuedDot, topic);

        Assert.True(resent.Accepted, $"{resent.Refusal}");
        Assert.True(resentConsole.Accepted, $"{resentConsole.Refusal}");
        Assert.Equal(resentConsole.Version, resentTwice.Version); // a duplicate: answered, not counted again
        var own = (await phone.SnapshotAsync()).Participant!.Own;
        Assert.Equal(2, own.OwnDots[topic]);
        await using var source = NpgsqlDataSource.Create(_host.ConnectionString);
        Assert.Equal(before.Version + 2, await new PostgresEventStore(source).GetVersionAsync(AssemblyRepository.StreamOf(created.AssemblyId)));
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_a_phone_s_join_and_resume_on_a_node_that_has_not_loaded_the_assembly_are_refused_as_store_unavailable_and_go_through_once_it_is_back()
    {
        var created = await AssemblyApi.CreateAsync(_host);
        string device;
        await using (var before = await LiveClient.ParticipantAsync(_host, created.JoinCode, "Ali"))
        {
            device = before.DeviceToken!;
        }

        // A node that has not read the assembly yet: restarted during the evening, or another node behind the proxy.
        await using var fresh = PostgresHostFactory.OnDatabase(_host.ConnectionString);
        await using var newcomer = await LiveClient.ConnectAsync(fresh);
        await using var returning = await LiveClient.ConnectAsync(fresh);
        await using var onTheHolder = await LiveClient.ConnectAsync(_host);
        await _cluster.StopServerAsync();
        var join = await newcomer.JoinAsync(created.JoinCode, "Berta");
        var resume = await returning.ResumeAsync(created.AssemblyId, device);
        var joinWhereLoaded = await onTheHolder.JoinAsync(created.JoinCode, "Cem");

        Assert.Equal((false, RefusalCode.StoreUnavailable), (join.Accepted, join.Refusal));
        Assert.Equal((false, RefusalCode.StoreUnavailable), (resume.Accepted, resume.Refusal));
        Assert.Equal((false, RefusalCode.StoreUnavailable), (joinWhereLoaded.Accepted, joinWhereLoaded.Refusal));

        await _cluster.StartServerAsync();
        var joinAgain = await newcomer.JoinAsync(created.JoinCode, "Berta");
        var resumeAgain = await returning.ResumeAsync(created.AssemblyId, device);

        Assert.True(joinAgain.Accepted, $"{joinAgain.Refusal} {joinAgain.Detail}");
        Assert.True(resumeAgain.Accepted, $"{resumeAgain.Refusal} {resumeAgain.Detail}");
    }
}
