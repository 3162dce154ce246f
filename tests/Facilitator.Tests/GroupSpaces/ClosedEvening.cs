using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.GroupSpaces;

/// <summary>
/// An evening that closed with one project group, "Hof-Frühstück", of two phones (Ayşe, Ben), and the members' way into
/// its space as a phone takes it: the plain form post of the closing screen, answered with a redirect to the member's link.
/// </summary>
internal sealed partial class ClosedEvening
{
    public const string GroupName = "Hof-Frühstück";

    private ClosedEvening(HostFactory host, Guid assemblyId, string ayseDevice, string benDevice)
    {
        Host = host;
        AssemblyId = assemblyId;
        AyseDevice = ayseDevice;
        BenDevice = benDevice;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public HostFactory Host { get; }

    public Guid AssemblyId { get; }

    public string AyseDevice { get; }

    public string BenDevice { get; }

    /// <summary>A browser that does not follow redirects, so a test sees where each post leads.</summary>
    public HttpClient Http { get; }

    /// <summary>The evening, closed; its group with <paramref name="profile"/> when one is given (filled in by the facilitator).</summary>
    public static async Task<ClosedEvening> CloseAsync(HostFactory host, GroupProfile? profile = null)
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var ayse = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ayşe");
        await using var ben = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ben");
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.AddPaperTopicAsync(Guid.NewGuid(), "Ein Frühstück im Hof");
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        var group = Guid.NewGuid();
        Assert.True((await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, GroupName, null))).Accepted);
        Assert.True((await ayse.DoAsync("JoinGroup", Guid.NewGuid(), group)).Accepted);
        Assert.True((await ben.DoAsync("JoinGroup", Guid.NewGuid(), group)).Accepted);
        if (profile is not null)
        {
            Assert.True((await facilitator.DoAsync(new UpdateGroupProfile(Guid.NewGuid(), group, profile))).Accepted);
        }

        await facilitator.ChangePhaseAsync(PhaseTrigger.Close);
        return new ClosedEvening(host, created.AssemblyId, ayse.DeviceToken!, ben.DeviceToken!);
    }

    /// <summary>What the closing screen's button posts; the member's link it leads to.</summary>
    public async Task<string> LinkOfAsync(string device)
    {
        using var answer = await PostFromPhoneAsync(device);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        return answer.Headers.Location!.OriginalString;
    }

    public Task<HttpResponseMessage> PostFromPhoneAsync(string device) =>
        Http.PostAsync("/gruppenraum/vom-telefon", new FormUrlEncodedContent(new Dictionary<string, string> { ["assembly"] = AssemblyId.ToString("N"), ["device"] = device }));

    /// <summary>Posts one of the page's forms the way the browser does: with the command id the page wrote into it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string link, string action, Dictionary<string, string> fields)
    {
        var page = await Http.GetStringAsync(link);
        var command = CommandId().Match(page[page.IndexOf($"/{action}\"", StringComparison.Ordinal)..]).Groups[1].Value;
        fields["command"] = command;
        return await Http.PostAsync($"{link}/{action}", new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    public AssemblyDeletion Deletion => Host.Services.GetRequiredService<AssemblyDeletion>();

    [GeneratedRegex("name=\"command\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex CommandId();
}
