using System.Text.Json;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The commands not yet answered, in the order they were made: kept in memory and in localStorage,
/// so a command made offline survives a reload and is sent, once, when the line is back.
/// </summary>
public sealed class CommandQueue(BrowserStorage storage)
{
    private const string Key = "ov.queue";
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

        try
        {
            var stored = JsonSerializer.Deserialize<List<PendingCommand>>(json, Wire.Json) ?? [];
            foreach (var command in stored.Where(c => _pending.All(p => p.CommandId != c.CommandId)))
            {
                _pending.Add(command);
            }
        }
        catch (JsonException)
        {
            // A damaged entry must not stop the app; nothing in it was acknowledged.
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

    private ValueTask SaveAsync() => storage.SetAsync(Key, _pending.Count == 0 ? null : JsonSerializer.Serialize(_pending, Wire.Json));
}
