using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Clustering;

public class WallTests
{
    [Fact]
    public void The_clustering_board_lays_out_every_visible_topic_as_a_card_and_every_cluster_as_an_area()
    {
        var (driver, topics) = Clustering(3);
        var cluster = driver.NameCluster("Verkehr");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topics[1], cluster)).AssertAccepted();

        var wall = Wall(driver);

        Assert.Equal(topics, wall.Cards.Select(c => c.TopicId));
        var area = Assert.Single(wall.Areas);
        Assert.Equal(cluster, area.ClusterId);
        var inArea = wall.Cards.Single(c => c.TopicId == topics[1]).Box;
        Assert.True(area.Box.Contains(inArea.X, inArea.Y) && area.Box.Contains(inArea.X + inArea.Width - 1, inArea.Y + inArea.Height - 1));
        Assert.All(wall.Cards.Where(c => c.TopicId != topics[1]), c => Assert.False(area.Box.Contains(c.Box.CenterX, c.Box.CenterY)));
        Assert.All(wall.Cards, c => Assert.True(c.Box.X + c.Box.Width <= wall.Width && c.Box.Y + c.Box.Height <= wall.Height));
    }

    [Fact]
    public void Only_the_clustering_phase_s_board_carries_the_wall()
    {
        var (driver, _) = Clustering(1);
        Assert.NotNull(driver.Assembly.PublicBoard(driver.Now).Wall);

        driver.Advance();

        Assert.Null(driver.Assembly.PublicBoard(driver.Now).Wall);
    }

    [Fact]
    public void A_card_moved_to_a_free_spot_stays_there_and_leaves_its_cluster()
    {
        var (driver, topics) = Clustering(2);
        var cluster = driver.NameCluster("Umwelt");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topics[0], cluster)).AssertAccepted();

        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], 40, 900)).AssertAccepted();

        var card = Wall(driver).Cards.Single(c => c.TopicId == topics[0]);
        Assert.Equal(new WallBox(40, 900, card.Box.Width, card.Box.Height), card.Box);
        Assert.True(card.MovedByHand);
        Assert.Null(driver.State.FindTopic(topics[0])!.ClusterId);
    }

    [Fact]
    public void A_moved_area_takes_its_cards_along()
    {
        var (driver, topics) = Clustering(1);
        var cluster = driver.NameCluster("Wohnen");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topics[0], cluster)).AssertAccepted();
        var before = Wall(driver);

        driver.Facilitate(new MoveArea(Guid.NewGuid(), cluster, 3000, 2000)).AssertAccepted();

        var after = Wall(driver);
        var area = Assert.Single(after.Areas).Box;
        Assert.Equal((3000, 2000), (area.X, area.Y));
        var card = Assert.Single(after.Cards).Box;
        Assert.Equal(card.X - before.Cards[0].Box.X, area.X - before.Areas[0].Box.X);
        Assert.Equal(card.Y - before.Cards[0].Box.Y, area.Y - before.Areas[0].Box.Y);
    }

    [Fact]
    public void Wall_positions_survive_storing_and_replaying_the_events()
    {
        var (driver, topics) = Clustering(2);
        var cluster = driver.NameCluster("Miteinander");
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[1], 120, 1400)).AssertAccepted();
        driver.Facilitate(new MoveArea(Guid.NewGuid(), cluster, 2400, 100)).AssertAccepted();

        var stored = driver.History.Select(e => EventSerializer.FromStored(EventSerializer.ToStored(e)));
        var replayed = OpenAssembly.FromHistory(stored);

        Assert.Equal(Wall(driver), replayed.PublicBoard(driver.Now).Wall, WallComparer.Instance);
    }

    [Fact]
    public void Moving_on_the_wall_refuses_what_makes_no_sense()
    {
        var (driver, topics) = Clustering(2);
        var neighbour = driver.State.Participants.First().Id;
        var cluster = driver.NameCluster("Verkehr");
        var area = Wall(driver).Areas.Single().Box;

        driver.Facilitate(new MoveCard(Guid.NewGuid(), Guid.NewGuid(), 10, 10)).AssertRefused(RefusalCode.UnknownTopic);
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], -1, 10)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], 10, WallLimits.Extent)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], area.X + 10, area.Y + 10)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.As(neighbour, new MoveCard(Guid.NewGuid(), topics[0], 10, 10)).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new MoveArea(Guid.NewGuid(), Guid.NewGuid(), 10, 10)).AssertRefused(RefusalCode.UnknownCluster);
        driver.Facilitate(new MoveArea(Guid.NewGuid(), cluster, WallLimits.Extent, 10)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], 10, 1500)).AssertAccepted();
        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[0], 10, 1500)).AssertRefused(RefusalCode.ValueOutOfRange);

        driver.Advance();

        driver.Facilitate(new MoveCard(Guid.NewGuid(), topics[1], 10, 10)).AssertRefused(RefusalCode.WrongPhase);
        driver.Facilitate(new MoveArea(Guid.NewGuid(), cluster, 10, 10)).AssertRefused(RefusalCode.WrongPhase);
    }

    private static (AssemblyDriver Driver, List<Guid> Topics) Clustering(int topicCount)
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, topicCount).Select(n => driver.SubmitTopic(neighbour, $"Thema {n}")).ToList();
        driver.AdvanceTo(Phase.Clustering);
        return (driver, topics);
    }

    private static WallView Wall(AssemblyDriver driver) => driver.Assembly.PublicBoard(driver.Now).Wall!;

    /// <summary>Records with lists compare by reference; the wall's parts compare by value.</summary>
    private sealed class WallComparer : IEqualityComparer<WallView?>
    {
        public static readonly WallComparer Instance = new();

        public bool Equals(WallView? x, WallView? y) =>
            x is not null && y is not null && x.Width == y.Width && x.Height == y.Height
            && x.Areas.SequenceEqual(y.Areas) && x.Cards.SequenceEqual(y.Cards);

        public int GetHashCode(WallView? obj) => 0;
    }
}
