using OffeneVersammlung.Facilitator.Participation;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Issue 12: a server-mode phone's pushes wait in its circuit's queue. A circuit that is behind (a large room on a
/// busy core) must render the newest view once, not every board that waited, each older than the next.
/// </summary>
public sealed class NewestPostTests
{
    [Fact]
    public void Views_that_arrive_while_one_waits_for_the_renderer_are_shown_once_as_the_newest()
    {
        var renderer = new QueuedRenderer();
        var shown = new List<string>();
        var post = new NewestPost<string>(shown.Add);

        post.Post(renderer, "version 1");
        post.Post(renderer, "version 2");
        post.Post(renderer, "version 3");
        renderer.RunAll();

        Assert.Equal(["version 3"], shown);
        Assert.Equal(1, renderer.Posted);
    }

    [Fact]
    public void A_view_that_arrives_after_the_renderer_ran_is_posted_again()
    {
        var renderer = new QueuedRenderer();
        var shown = new List<string>();
        var post = new NewestPost<string>(shown.Add);

        post.Post(renderer, "version 1");
        renderer.RunAll();
        post.Post(renderer, "version 2");
        renderer.RunAll();

        Assert.Equal(["version 1", "version 2"], shown);
    }

    /// <summary>A circuit's renderer as far as the line sees it: posted work runs later, in order.</summary>
    private sealed class QueuedRenderer : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Work, object? State)> _waiting = new();

        public int Posted { get; private set; }

        public override void Post(SendOrPostCallback d, object? state)
        {
            Posted++;
            _waiting.Enqueue((d, state));
        }

        public void RunAll()
        {
            while (_waiting.TryDequeue(out var item))
            {
                item.Work(item.State);
            }
        }
    }
}
