namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The newest of one kind of view on its way to a circuit's renderer. A push is posted to the renderer, whose queue
/// runs one item at a time; a circuit that falls behind the room's pace (a large room on a busy core) would render every
/// board in its queue, each older than the next. A view that arrives while the one before it still waits to run takes
/// its place: the circuit renders the newest, once (issue 12). Views of one kind arrive in the pipeline's order, so the
/// last to arrive is the newest.
/// </summary>
internal sealed class NewestPost<T>(Action<T> show)
    where T : class
{
    private T? _waiting;

    public void Post(SynchronizationContext? renderer, T view)
    {
        if (renderer is null)
        {
            show(view);
            return;
        }

        if (Interlocked.Exchange(ref _waiting, view) is null)
        {
            renderer.Post(_ => ShowWaiting(), null);
        }
    }

    private void ShowWaiting()
    {
        if (Interlocked.Exchange(ref _waiting, null) is { } newest)
        {
            show(newest);
        }
    }
}
