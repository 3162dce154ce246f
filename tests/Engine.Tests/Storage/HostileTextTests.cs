using Microsoft.Data.Sqlite;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Storage;

/// <summary>
/// Markup, SQL and formula text is just text: the engine keeps it exactly as typed (rendering it safely
/// is each screen's job), the store keeps it as data and never as SQL, and it comes back unchanged.
/// </summary>
public class HostileTextTests : IDisposable
{
    private const string Script = "<script>alert('xss')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Sql = "Robert'); DROP TABLE events;--";
    private const string Formula = "=HYPERLINK(\"http://example.org\";\"klick\")";
    private const string Quotes = "\"O'Brien\" & <b>Söhne</b> 🏳️‍🌈";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Markup_sql_and_formulas_are_stored_and_read_back_exactly_as_typed()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(groupsFromTop: 1));
        var author = driver.Join(Image);
        var paper = driver.AddPaperParticipant(Sql);
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(author, Script, category: Formula);
        driver.AddPaperTopic(Sql);
        driver.AdvanceTo(Phase.Clustering);
        driver.NameCluster(Quotes);
        driver.AdvanceTo(Phase.ProjectGroups);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(author, new JoinProjectGroup(Guid.NewGuid(), author, group)).AssertAccepted();
        var profile = new GroupProfile(Script, Sql, [Image, Formula], Quotes, Sql, null, Image, Formula, Script);
        driver.As(author, new UpdateGroupProfile(Guid.NewGuid(), group, profile)).AssertAccepted();

        using (var store = new SqliteEventStore(_database.Path))
        {
            await new AssemblyRepository(store).AppendAsync(driver.AssemblyId, 0, driver.History);
        }

        using var reopened = new SqliteEventStore(_database.Path);
        var loaded = (await new AssemblyRepository(reopened).LoadAsync(driver.AssemblyId))!;
        var console = loaded.FacilitatorView(driver.Now);
        Assert.Equal(Script, loaded.State.FindTopic(topic)!.Text);
        Assert.Equal(Formula, loaded.State.FindTopic(topic)!.Category);
        Assert.Equal([Image, Sql], console.Participants.Select(p => p.Pseudonym));
        Assert.Contains(Sql, console.Topics.Select(t => t.Text));
        Assert.Equal(Quotes, console.Board.Clusters.Single().Label);
        var stored = loaded.State.FindGroup(group)!.Profile;
        Assert.Equal(profile with { Goals = [] }, stored with { Goals = [] });
        Assert.Equal(profile.Goals, stored.Goals);
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(loaded, driver.Now));
        Assert.Equal(paper, loaded.State.FindParticipant(paper)!.Id);
        Assert.Equal(driver.History.Count, await CountEventRowsAsync());
    }

    private async Task<long> CountEventRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM events";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
