using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Moving;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Facilitator.Tests.GroupSpaces;
using OffeneVersammlung.Testing;
using static OffeneVersammlung.Facilitator.Tests.Moving.MovedStores;

namespace OffeneVersammlung.Facilitator.Tests.Moving;

/// <summary>The laptop's SQLite file moved into PostgreSQL and back (issue 15 item 4): real file, real database, real hosts on both.</summary>
public sealed class MoveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ov-move-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_whole_evening_moved_to_PostgreSQL_and_back_replays_equal_and_the_server_serves_its_links_and_its_phones()
    {
        AssemblyOpened demo;
        string phoneDevice, announcement, memberLink;
        Guid phoneParticipant;
        int people;
        using (var laptop = HostFactory.On(_folder))
        {
            var evening = laptop.Services.GetRequiredService<DemoEvening>();
            demo = await laptop.Services.GetRequiredService<AssemblyOpening>().OpenDemoAsync(evening.Script!, evening.Template!);
            Assert.True(demo.IsOpened, demo.Refusal?.ToString());
            people = evening.Script!.People.Count;
            await using var phone = await LiveClient.ParticipantAsync(laptop, demo.JoinCode, "Neu");
            (phoneDevice, phoneParticipant) = (phone.DeviceToken!, phone.ParticipantId);
            announcement = await laptop.Services.GetRequiredService<IAnnouncementLinks>().GetOrCreateAsync(demo.AssemblyId);
            var closed = await ClosedEvening.CloseAsync(laptop);
            memberLink = await closed.LinkOfAsync(closed.AyseDevice);
        }

        var file = Sqlite(HostFactory.DatabaseIn(_folder));
        var database = await (await PostgresCluster.Shared).CreateDatabaseAsync();
        var server = Postgres(database);
        var back = Sqlite(Path.Combine(_folder, "back.db"));

        var there = await MoveAsync(file, server);
        var again = await MoveAsync(file, server);
        var home = await MoveAsync(server, back);

        Assert.True(there.ExitCode == MoveCommand.Equal, there.Output);
        Assert.Contains($"{AssemblyRepository.StreamOf(demo.AssemblyId)}  ", there.Output, StringComparison.Ordinal);
        Assert.Contains("groupspace-", there.Output, StringComparison.Ordinal);
        Assert.Contains("3 streams", there.Output, StringComparison.Ordinal); // the demo, the closed evening, its group's space
        Assert.Contains("3 copied, 0 already there, 0 mismatches.", there.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == MoveCommand.Equal, again.Output);
        Assert.Contains("0 copied, 3 already there, 0 mismatches.", again.Output, StringComparison.Ordinal);
        Assert.True(home.ExitCode == MoveCommand.Equal, home.Output);
        var original = await ReplayedAsync(file);
        Assert.Equal(original, await ReplayedAsync(server));
        Assert.Equal(original, await ReplayedAsync(back));

        await using var onServer = PostgresHostFactory.OnDatabase(database);
        await using var console = await FacilitatorDriver.ConnectAsync(onServer, demo.AssemblyId, demo.FacilitatorSecret);
        var view = await console.ViewAsync();
        Assert.Equal(people + 1, view.Board.Participants.Total);
        await using var phoneAgain = await LiveClient.ConnectAsync(onServer);
        var resumed = await phoneAgain.ResumeAsync(demo.AssemblyId, phoneDevice);
        Assert.True(resumed.Accepted, $"{resumed.Refusal} {resumed.Detail}");
        Assert.Equal(phoneParticipant, phoneAgain.ParticipantId);
        await using var newcomer = await LiveClient.ParticipantAsync(onServer, demo.JoinCode, "Später");
        Assert.Equal(demo.AssemblyId, await onServer.Services.GetRequiredService<IAnnouncementLinks>().FindAssemblyAsync(announcement));
        using var http = onServer.CreateHttpClient();
        using var space = await http.GetAsync(memberLink);
        Assert.Equal(HttpStatusCode.OK, space.StatusCode);
        Assert.Contains(ClosedEvening.GroupName, await space.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_run_again_continues_a_stream_the_laptop_went_on_with_and_refuses_one_the_server_went_on_with_differently()
    {
        var database = await (await PostgresCluster.Shared).CreateDatabaseAsync();
        var (file, server) = (Sqlite(HostFactory.DatabaseIn(_folder)), Postgres(database));
        CreatedAssembly created;
        using (var laptop = HostFactory.On(_folder))
        {
            created = await AssemblyApi.CreateAsync(laptop);
            await using var facilitator = await FacilitatorDriver.ConnectAsync(laptop, created);
            await facilitator.AdvanceToAsync(Phase.TopicCollection);
        }

        var first = await MoveAsync(file, server);
        var atFirst = await VersionAsync(file, created.AssemblyId);
        await LaptopAddsTopicAsync(created, "Mehr Bänke");
        var continued = await MoveAsync(file, server);

        Assert.True(first.ExitCode == MoveCommand.Equal, first.Output);
        Assert.True(continued.ExitCode == MoveCommand.Equal, continued.Output);
        Assert.Contains($"continued after version {atFirst}, equal", continued.Output, StringComparison.Ordinal);

        await using (var onServer = PostgresHostFactory.OnDatabase(database))
        {
            await using var facilitator = await FacilitatorDriver.ConnectAsync(onServer, created);
            await facilitator.AddPaperTopicAsync(Guid.NewGuid(), "Ein Trinkbrunnen");
        }

        await LaptopAddsTopicAsync(created, "Ein Bücherschrank");
        var serverBefore = await ReplayedAsync(server);
        var diverged = await MoveAsync(file, server);

        Assert.True(diverged.ExitCode == MoveCommand.Mismatch, diverged.Output);
        Assert.Contains($"{AssemblyRepository.StreamOf(created.AssemblyId)}  ", diverged.Output, StringComparison.Ordinal);
        Assert.Contains("MISMATCH: the target holds other events (first at version ", diverged.Output, StringComparison.Ordinal);
        Assert.Contains("1 mismatches", diverged.Output, StringComparison.Ordinal);
        Assert.Equal(serverBefore, await ReplayedAsync(server));
    }

    [Fact]
    public async Task A_move_from_a_file_that_is_not_there_or_without_two_stores_does_nothing_and_says_why()
    {
        var missing = await MoveAsync(Sqlite(Path.Combine(_folder, "nicht-da.db")), Sqlite(Path.Combine(_folder, "ziel.db")));
        var nameless = await MoveAsync("laptop.db", "server");

        Assert.Equal(MoveCommand.Mismatch, missing.ExitCode);
        Assert.Contains("There is no SQLite file at", missing.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "nicht-da.db")));
        Assert.Equal(MoveCommand.Usage, nameless.ExitCode);
        Assert.StartsWith("usage: move --from", nameless.Output, StringComparison.Ordinal);
    }

    private async Task LaptopAddsTopicAsync(CreatedAssembly created, string text)
    {
        using var laptop = HostFactory.On(_folder);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(laptop, created);
        await facilitator.AddPaperTopicAsync(Guid.NewGuid(), text);
    }

    private static async Task<long> VersionAsync(string address, Guid assemblyId)
    {
        await using var end = MoveEnd.Open(StoreAddress.Parse(address)!, mustExist: true);
        return await end.Events.GetVersionAsync(AssemblyRepository.StreamOf(assemblyId));
    }
}
