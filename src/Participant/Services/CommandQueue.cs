namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The commands not yet answered, in the order they were made: kept in memory and in localStorage,
/// so a command made offline survives a reload (and an update of the app, <see cref="StoredQueue"/>) and is
/// sent, once, when the line is back.
/// </summary>
public sealed class CommandQueue(BrowserStorage storage)
{
    public const string Key = "ov.queue";
    private readonly List<PendingCommand> _pending = [];

    public IReadOnlyList<PendingCommand> Pending => _pending;

    public PendingCommand? Next => _pending.Count > 0 ? _pending[0] : null;

    public async ValueTask LoadAsync()
    {
        var json = await storage.GetAsync(Key);
        if (string.IsNullOrEmpty(json))
        {
            return;
        }

        var stored = StoredQueue.Read(json, out var isCurrent);
        foreach (var command in stored.Where(c => _pending.All(p => p.CommandId != c.CommandId)))
        {
            _pending.Add(command);
        }

        if (!isCurrent)
        {
            await SaveAsync(); // an older format is read once, then kept as today's
        }
    }

    public async ValueTask EnqueueAsync(PendingCommand command)
    {
        _pending.Add(command);
        await SaveAsync();
    }

    public async ValueTask CompleteAsync(PendingCommand command)
    {
        _pending.RemoveAll(c => c.CommandId == command.CommandId);
        await SaveAsync();
    }

    public async ValueTask ClearAsync()
    {
        _pending.Clear();
        await SaveAsync();
    }

    // Not awaited: the queue in memory is what is sent; the stored copy is for a reload, and the
    // browser gets the writes in order.
    private ValueTask SaveAsync()
    {
        storage.Write(Key, _pending.Count == 0 ? null : StoredQueue.Write(_pending));
        return ValueTask.CompletedTask;
    }
}
