using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ov-restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task After_a_server_restart_the_links_the_device_token_and_every_acknowledged_dot_still_hold()
    {
        Api.CreatedAssembly created;
        string token;
        Guid participantId;
        Guid topic = Guid.NewGuid();
        long version;
        using (var before = HostFactory.On(_folder))
        {
            created = await AssemblyApi.CreateAsync(before);
            await using var facilitator = await FacilitatorDriver.ConnectAsync(before, created);
            await using var phone = await LiveClient.ParticipantAsync(before, created.JoinCode, "Ali");
            for (var i = 0; i < 3; i++)
            {
                await facilitator.AdvanceAsync();
            }

            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), topic, "Spielplatz", null));
            await facilitator.AdvanceAsync();
            await facilitator.AdvanceAsync();
            version = (await phone.DoAsync("CastDot", Guid.NewGuid(), topic)).Version;
            (token, participantId) = (phone.DeviceToken!, phone.ParticipantId);
        }

        using var after = HostFactory.On(_folder);
        await using var console = await FacilitatorDriver.ConnectAsync(after, created);
        await using var again = await LiveClient.ConnectAsync(after);
        var resumed = await again.ResumeAsync(created.AssemblyId, token);

        Assert.Equal(participantId, resumed.ParticipantId);
        Assert.Equal(version, resumed.Snapshot!.Board.Version);
        Assert.Equal(1, resumed.Snapshot.Own.OwnDots[topic]);
        Assert.Equal(Phase.DotVoting, (await console.ViewAsync()).Board.Phase);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
