using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Privacy;

public sealed class AssemblyDeletionTests(HostFactory host) : IClassFixture<HostFactory>
{
    private AssemblyDeletion Deletion => host.Services.GetRequiredService<AssemblyDeletion>();

    [Fact]
    public async Task After_delete_now_no_row_of_any_table_and_no_byte_of_the_file_holds_the_assembly()
    {
        var deleted = await AssemblyApi.CreateAsync(host);
        var kept = await AssemblyApi.CreateAsync(host);
        var secretTopic = "Geheimes Thema " + Guid.NewGuid().ToString("N");
        await using (var facilitator = await FacilitatorDriver.ConnectAsync(host, deleted))
        await using (var phone = await LiveClient.ParticipantAsync(host, deleted.JoinCode, "Ayşe"))
        {
            await facilitator.AdvanceAsync();
            await facilitator.AdvanceAsync();
            await facilitator.AdvanceAsync();
            await phone.DoAsync("SubmitTopic", Guid.NewGuid(), Guid.NewGuid(), secretTopic, null);
        }

        Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, deleted.AssemblyId));
        Assert.True(DatabaseRows.FileHolds(host.DatabasePath, secretTopic));

        await Deletion.DeleteAsync(deleted.AssemblyId);

        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, deleted.AssemblyId));
        Assert.False(DatabaseRows.FileHolds(host.DatabasePath, secretTopic));
        Assert.Contains("events.stream_id", DatabaseRows.Mentioning(host.DatabasePath, kept.AssemblyId));
        Assert.Contains("assembly_access.assembly_id", DatabaseRows.Mentioning(host.DatabasePath, kept.AssemblyId));
    }

    [Fact]
    public async Task After_deletion_the_join_code_both_secret_links_and_the_phones_token_are_refused()
    {
        var created = await AssemblyApi.CreateAsync(host);
        string token;
        await using (var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ben"))
        {
            token = phone.DeviceToken!;
        }

        await Deletion.DeleteAsync(created.AssemblyId);

        await using var stranger = await LiveClient.ConnectAsync(host);
        var joined = await stranger.JoinAsync(created.JoinCode, "Neu");
        Assert.Equal((false, HostRefusal.UnknownJoinCode), (joined.Accepted, joined.Host));
        var resumed = await stranger.ResumeAsync(created.AssemblyId, token);
        Assert.False(resumed.Accepted);
        var facilitator = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.FacilitatorSecret);
        Assert.Equal((null, HostRefusal.InvalidSecret), (facilitator.Binding, facilitator.Detail));
        var projector = await host.Services.GetRequiredService<Admission>().AdmitProjectorAsync(created.AssemblyId, created.ProjectorSecret);
        Assert.Equal((null, HostRefusal.InvalidSecret), (projector.Binding, projector.Detail));
        Assert.Null(await host.Services.GetRequiredService<AssemblyExports>().CreateAsync(created.AssemblyId, ExportFormat.AssemblyJson, "de"));
    }

    [Fact]
    public async Task Phones_the_console_and_the_projector_are_told_and_later_commands_store_nothing()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var projector = InProcessScreen.Projector(host, created.AssemblyId);
        await using var phone = await LiveClient.ConnectAsync(host, json: true);
        Assert.True((await phone.JoinAsync(created.JoinCode, null)).Accepted);
        var told = Told(phone);

        await Deletion.DeleteAsync(created.AssemblyId);

        Assert.Equal(created.AssemblyId, await HangGuard.Within(told));
        Assert.Equal(created.AssemblyId, (await facilitator.Console.DeletedAsync()).AssemblyId);
        Assert.Equal(created.AssemblyId, (await projector.DeletedAsync()).AssemblyId);
        var late = await facilitator.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        Assert.Equal((false, RefusalCode.AssemblyNotCreated), (late.Accepted, late.Refusal));
        var lateDot = await phone.InvokeAsync("CheckIn", Guid.NewGuid(), Mood.Good, "hallo");
        Assert.False(lateDot.Accepted);
        Assert.Null(await facilitator.ViewIfAnyAsync());
        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, created.AssemblyId));
    }

    [Fact]
    public async Task Deleting_twice_or_deleting_an_unknown_assembly_does_nothing_to_the_others()
    {
        var other = await AssemblyApi.CreateAsync(host);
        var created = await AssemblyApi.CreateAsync(host);

        await Deletion.DeleteAsync(created.AssemblyId);
        await Deletion.DeleteAsync(created.AssemblyId);
        await Deletion.DeleteAsync(Guid.NewGuid());

        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, other);
        Assert.True((await facilitator.ViewAsync()).Board.Version > 0);
    }

    [Fact]
    public async Task The_facilitator_can_set_the_retention_through_the_live_service()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var live = host.Services.GetRequiredService<LiveAssemblies>();

        var outcome = await live.ExecuteAsync(created.AssemblyId, new Engine.Privacy.SetRetention(Guid.NewGuid(), 30), Actor.Facilitator);
        var refused = await live.ExecuteAsync(created.AssemblyId, new Engine.Privacy.SetRetention(Guid.NewGuid(), 0), Actor.Facilitator);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(RefusalCode.ValueOutOfRange, refused.Refusal?.Code);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        Assert.Equal(30, (await facilitator.ViewAsync()).RetentionDays);
    }

    private static Task<Guid> Told(LiveClient client)
    {
        var told = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Connection.On<Guid>(nameof(IAssemblyClient.AssemblyDeleted), id => told.TrySetResult(id));
        return told.Task;
    }
}
