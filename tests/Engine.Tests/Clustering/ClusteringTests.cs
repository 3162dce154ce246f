using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Clustering;

public class ClusteringTests
{
    [Fact]
    public void Topics_are_sorted_into_named_clusters()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(neighbour, "Tempo 30");
        driver.Advance();

        var cluster = driver.NameCluster("Verkehr");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topic, cluster)).AssertAccepted();

        var board = driver.Assembly.PublicBoard(driver.Now);
        Assert.Equal("Verkehr", Assert.Single(board.Clusters).Label);
        Assert.Equal(cluster, Assert.Single(board.Topics).ClusterId);
    }

    [Fact]
    public void Naming_an_existing_cluster_renames_it()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.TopicCollection);
        var cluster = driver.NameCluster("Verkehr");

        driver.Facilitate(new NameCluster(Guid.NewGuid(), cluster, "Verkehr & Wege")).AssertAccepted();

        Assert.Equal("Verkehr & Wege", Assert.Single(driver.State.Clusters).Label);
    }

    [Fact]
    public void Removing_a_cluster_leaves_its_topics_unsorted_on_the_board()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(neighbour, "Grünflächen");
        var cluster = driver.NameCluster("Umwelt");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topic, cluster)).AssertAccepted();

        driver.Facilitate(new RemoveCluster(Guid.NewGuid(), cluster)).AssertAccepted();

        Assert.Null(Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics).ClusterId);
        Assert.Empty(driver.State.Clusters);
    }

    [Fact]
    public void Clustering_refuses_unknown_clusters_wrong_phases_and_participants()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(neighbour, "Spielstraße");

        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topic, Guid.NewGuid())).AssertRefused(RefusalCode.UnknownCluster);
        driver.As(neighbour, new NameCluster(Guid.NewGuid(), Guid.NewGuid(), "Meins")).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.AdvanceTo(Phase.DotVoting);
        driver.Facilitate(new NameCluster(Guid.NewGuid(), Guid.NewGuid(), "Zu spät")).AssertRefused(RefusalCode.WrongPhase);
    }
}
