using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Components.Wall;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>What letting go of a card on the wall means, by where its centre lands.</summary>
public class WallDropTests
{
    private static readonly Guid Bench = Guid.NewGuid();
    private static readonly Guid Trees = Guid.NewGuid();
    private static readonly Guid Green = Guid.NewGuid();

    // Bench loose at the top left, Trees in the area "Green" at 1000, 0.
    private static readonly WallView Wall = new(
        2000,
        1000,
        [new WallArea(Green, new WallBox(1000, 0, 472, 300), false)],
        [new WallCard(Bench, new WallBox(0, 0, 220, 88), false), new WallCard(Trees, new WallBox(1016, 64, 220, 88), false)]);

    [Fact]
    public void A_card_let_go_over_another_card_offers_to_merge_with_that_one() =>
        Assert.Equal(new WallDrop.OntoCard(Trees), WallDrop.Of(Wall, Bench, null, 1020, 70));

    [Fact]
    public void A_card_let_go_in_an_empty_part_of_an_area_goes_into_it() =>
        Assert.Equal(new WallDrop.IntoArea(Green), WallDrop.Of(Wall, Bench, null, 1200, 180));

    [Fact]
    public void A_card_let_go_in_its_own_area_stays_where_it_was() =>
        Assert.IsType<WallDrop.Nowhere>(WallDrop.Of(Wall, Trees, Green, 1200, 180));

    [Fact]
    public void A_card_let_go_on_the_free_wall_moves_there_and_stays_on_the_wall()
    {
        Assert.Equal(new WallDrop.FreeSpot(300, 500), WallDrop.Of(Wall, Trees, Green, 300.4, 499.6));
        Assert.Equal(new WallDrop.FreeSpot(0, 500), WallDrop.Of(Wall, Bench, null, -40, 500));
        Assert.Equal(new WallDrop.FreeSpot(WallLimits.Extent - 220, 500), WallDrop.Of(Wall, Bench, null, WallLimits.Extent + 5, 500));
    }

    [Fact]
    public void A_loose_card_let_go_where_it_was_sends_nothing() =>
        Assert.IsType<WallDrop.Nowhere>(WallDrop.Of(Wall, Bench, null, 0, 0));
}
