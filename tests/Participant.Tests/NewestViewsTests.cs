using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

public class NewestViewsTests
{
    [Fact]
    public void A_phase_change_pushed_before_the_join_reply_arrives_is_not_undone_by_the_reply()
    {
        var views = new NewestViews();
        var lobby = Views.Board(Phase.Lobby) with { Version = 4 };
        var topics = lobby with { Version = 5, Phase = Phase.TopicCollection };
        var own = Views.Own(3) with { Version = 4 };

        views.Apply(topics, null);
        views.Follow(lobby.AssemblyId, own.ParticipantId);
        views.Apply(lobby, own);

        Assert.Equal(Phase.TopicCollection, views.Board?.Phase);
        Assert.Same(own, views.Own);
    }

    [Fact]
    public void An_older_push_does_not_replace_a_newer_board()
    {
        var views = new NewestViews();
        var newer = Views.Board(Phase.DotVoting) with { Version = 9 };
        views.Follow(newer.AssemblyId, Guid.NewGuid());

        Assert.True(views.Apply(newer, null));
        Assert.False(views.Apply(newer with { Version = 8, Phase = Phase.TopicCollection }, null));

        Assert.Equal(Phase.DotVoting, views.Board?.Phase);
    }

    [Fact]
    public void Joining_another_assembly_shows_its_board_even_when_the_old_one_had_higher_versions()
    {
        var views = new NewestViews();
        var old = Views.Board(Phase.Results) with { Version = 120 };
        var oldOwn = Views.Own(0) with { Version = 40 };
        views.Follow(old.AssemblyId, oldOwn.ParticipantId);
        views.Apply(old, oldOwn);

        var next = Views.Board(Phase.Lobby) with { Version = 2 };
        var nextOwn = Views.Own(3) with { Version = 2 };
        views.Apply(next with { Version = 3, Phase = Phase.CheckIn }, null);
        views.Follow(next.AssemblyId, nextOwn.ParticipantId);
        views.Apply(next, nextOwn);

        Assert.Equal(Phase.CheckIn, views.Board?.Phase);
        Assert.Same(nextOwn, views.Own);
    }

    [Fact]
    public void A_late_push_of_the_assembly_left_behind_does_not_show()
    {
        var views = new NewestViews();
        var left = Views.Board(Phase.Results);
        var joined = Views.Board(Phase.Lobby);
        views.Follow(joined.AssemblyId, Guid.NewGuid());
        views.Apply(joined, null);

        Assert.False(views.Apply(left with { Version = 99 }, null));

        Assert.Equal(joined.AssemblyId, views.Board?.AssemblyId);
    }

    [Fact]
    public void Nothing_shows_before_a_join_or_resume_says_whose_views_to_follow()
    {
        var views = new NewestViews();

        Assert.False(views.Apply(Views.Board(Phase.Lobby), Views.Own(3)));

        Assert.Null(views.Board);
        Assert.Null(views.Own);
    }
}
