using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.FollowUps;
using OffeneVersammlung.Facilitator.Tests.GroupSpaces;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.FollowUps;

/// <summary>"Folgetreffen anlegen" on a real host: a closed evening's group is carried into a new assembly, without its contact.</summary>
public sealed class FollowUpHostTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Contact = "ayse.hof@example.org";

    private static readonly GroupProfile Profile = GroupProfile.Named(ClosedEvening.GroupName) with
    {
        Problem = "Die Häuser am Hof kennen sich kaum.",
        Goals = ["Ein Frühstück im Frühling"],
        FirstSteps = "Hausverwaltung fragen\n- Tische leihen",
        Contact = Contact,
    };

    private FollowUpOpening FollowUps => host.Services.GetRequiredService<FollowUpOpening>();

    [Fact]
    public async Task A_follow_up_of_a_closed_evening_carries_its_group_with_steps_and_names_but_no_contact()
    {
        var evening = await ClosedEvening.CloseAsync(host, Profile);

        var opened = await FollowUps.OpenAsync(ConnectionBinding.Facilitator(evening.AssemblyId), evening.AssemblyId, "Folgetreffen: Hofkiez");

        Assert.True(opened.IsOpened, opened.Refusal?.ToString());
        Assert.True((await host.Services.GetRequiredService<Admission>().AdmitFacilitatorAsync(opened.AssemblyId, opened.FacilitatorSecret)).Binding is not null);
        var state = await StateOfAsync(opened.AssemblyId);
        Assert.Equal("folgetreffen", state.Template.Id);
        Assert.Equal("Folgetreffen: Hofkiez", state.Title);
        Assert.Equal(evening.AssemblyId, state.FollowUpOf!.AssemblyId);
        var group = Assert.Single(state.Groups);
        Assert.Equal(ClosedEvening.GroupName, group.Profile.Name);
        Assert.Equal(["Ayşe", "Ben"], group.LastTime!.Members);
        Assert.Equal([new CarriedStep("Hausverwaltung fragen", false), new CarriedStep("Tische leihen", false)], group.LastTime.Steps);
        Assert.Empty(group.Members);
        Assert.Null(group.Profile.Contact);
        var view = JsonSerializer.Serialize(await host.Services.GetRequiredService<LiveAssemblies>().ReadAsync(opened.AssemblyId, (a, now) => a.FacilitatorView(now)));
        Assert.DoesNotContain(Contact, view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_follow_up_keeps_its_groups_when_the_closed_evening_is_deleted()
    {
        var evening = await ClosedEvening.CloseAsync(host, Profile);
        var opened = await FollowUps.OpenAsync(ConnectionBinding.Facilitator(evening.AssemblyId), evening.AssemblyId, "Folgetreffen");

        await evening.Deletion.DeleteAsync(evening.AssemblyId);

        var state = await StateOfAsync(opened.AssemblyId);
        Assert.Equal(ClosedEvening.GroupName, Assert.Single(state.Groups).Profile.Name);
        Assert.Equal(evening.AssemblyId, state.FollowUpOf!.AssemblyId);
    }

    [Fact]
    public async Task Only_the_closed_evenings_own_facilitator_opens_its_follow_up()
    {
        var evening = await ClosedEvening.CloseAsync(host);
        var elsewhere = await AssemblyApi.CreateAsync(host);

        var others = new[]
        {
            null,
            ConnectionBinding.Facilitator(elsewhere.AssemblyId),
            ConnectionBinding.Projector(evening.AssemblyId),
            ConnectionBinding.Participant(evening.AssemblyId, Guid.NewGuid()),
        };
        foreach (var caller in others)
        {
            var refused = await FollowUps.OpenAsync(caller, evening.AssemblyId, "Folgetreffen");
            Assert.Equal(RefusalCode.NotAllowedForRole, refused.Refusal?.Code);
        }
    }

    [Fact]
    public async Task An_evening_that_is_not_closed_has_no_follow_up_yet()
    {
        var running = await AssemblyApi.CreateAsync(host);

        var refused = await FollowUps.OpenAsync(ConnectionBinding.Facilitator(running.AssemblyId), running.AssemblyId, "Folgetreffen");

        Assert.Equal(RefusalCode.WrongPhase, refused.Refusal?.Code);
    }

    private async Task<AssemblyState> StateOfAsync(Guid assemblyId) =>
        (await host.Services.GetRequiredService<LiveAssemblies>().ReadAsync(assemblyId, (a, _) => a.State))!;
}
