using System.Text;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>
/// What every event store does, whichever database it writes to: run for SQLite and for PostgreSQL by a small
/// subclass each. <see cref="CreateWriter"/> gives another writer on the same database, as a second node would be.
/// </summary>
public abstract class EventStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 19, 30, 15, TimeSpan.FromHours(1));
    private readonly List<IEventStore> _opened = [];

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            switch (store)
            {
                case IAsyncDisposable disposable:
                    await disposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>A store of its own (its own connections) on the test's database.</summary>
    protected abstract IEventStore CreateWriter();

    [Fact]
    public async Task Appended_events_read_back_byte_for_byte_with_their_envelope()
    {
        List<StoredEvent> events = [.. Events(1, 2), new StoredEvent(3, Guid.NewGuid(), At.ToOffset(TimeSpan.FromHours(-5)), 3, new byte[] { 0, 255, 0x91, 7 })];
        await Writer().AppendAsync("s", 0, events);

        var read = await Writer().ReadAsync("s").ToListAsync();

        Assert.Equal(
            events.Select(e => (e.Version, e.CommandId, e.RecordedAt, e.RecordedAt.Offset, e.SchemaVersion)),
            read.Select(e => (e.Version, e.CommandId, e.RecordedAt, e.RecordedAt.Offset, e.SchemaVersion)));
        Assert.Equal(events.Select(e => e.Data.ToArray()), read.Select(e => e.Data.ToArray()));
    }

    [Fact]
    public async Task A_stream_is_at_the_version_of_its_last_event_and_an_unknown_one_at_zero()
    {
        var store = Writer();
        await store.AppendAsync("s", 0, Events(1, 2));
        await store.AppendAsync("s", 2, Events(3, 3));

        Assert.Equal(5, await store.GetVersionAsync("s"));
        Assert.Equal(0, await store.GetVersionAsync("nobody"));
        Assert.Empty(await store.ReadAsync("nobody").ToListAsync());
    }

    [Fact]
    public async Task An_append_with_a_stale_expected_version_is_refused_and_writes_nothing()
    {
        var store = Writer();
        await store.AppendAsync("s", 0, Events(1, 2));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AppendAsync("s", 1, Events(2, 1)));

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal([1L, 2L], (await store.ReadAsync("s").ToListAsync()).Select(e => e.Version));
    }

    [Fact]
    public async Task Events_with_a_version_gap_are_rejected_and_nothing_is_written()
    {
        var store = Writer();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, [.. Events(1, 1), .. Events(3, 1)]));

        Assert.Equal(0, await store.GetVersionAsync("s"));
    }

    [Fact]
    public async Task Reading_from_a_version_skips_the_earlier_events()
    {
        var store = Writer();
        await store.AppendAsync("s", 0, Events(1, 5));

        var read = await store.ReadAsync("s", fromVersion: 4).ToListAsync();

        Assert.Equal([4L, 5L], read.Select(e => e.Version));
    }

    [Fact]
    public async Task Streams_are_independent_and_listed_in_order()
    {
        var store = Writer();
        await store.AppendAsync("assembly-b", 0, Events(1, 1));
        await store.AppendAsync("assembly-a", 0, Events(1, 2));
        await store.AppendAsync("Z", 0, Events(1, 1));

        Assert.Equal(2, await store.GetVersionAsync("assembly-a"));
        Assert.Equal(1, await store.GetVersionAsync("assembly-b"));
        Assert.Equal(["Z", "assembly-a", "assembly-b"], await store.ListStreamsAsync());
    }

    [Fact]
    public async Task Activity_names_each_stream_with_its_version_and_the_time_of_its_last_event()
    {
        var store = Writer();
        await store.AppendAsync("a", 0, Events(1, 3));
        await store.AppendAsync("b", 0, Events(1, 1));

        var activity = await store.ListStreamActivityAsync();

        Assert.Equal([new StreamActivity("a", 3, At.AddSeconds(2)), new StreamActivity("b", 1, At)], activity);
        Assert.Equal(At.Offset, activity[0].LastRecordedAt.Offset);
    }

    [Fact]
    public async Task Deleting_a_stream_removes_every_event_of_it_and_nothing_else()
    {
        var store = Writer();
        await store.AppendAsync("gone", 0, [new StoredEvent(1, Guid.NewGuid(), At, 1, Encoding.UTF8.GetBytes("Geheimes Thema von Ayşe"))]);
        await store.AppendAsync("kept", 0, Events(1, 1));

        await store.DeleteStreamAsync("gone");

        var other = Writer();
        Assert.Empty(await other.ReadAsync("gone").ToListAsync());
        Assert.Equal(0, await other.GetVersionAsync("gone"));
        Assert.Equal(["kept"], await other.ListStreamsAsync());
        Assert.Equal(["kept"], (await other.ListStreamActivityAsync()).Select(s => s.StreamId));

        // A deleted stream starts again at version 1, as a new assembly would.
        await other.AppendAsync("gone", 0, Events(1, 1));
    }

    [Fact]
    public async Task Two_writers_appending_the_same_version_at_once_let_exactly_one_win()
    {
        var writers = new[] { Writer(), Writer() };
        await writers[0].AppendAsync("s", 0, Events(1, 1));

        for (var expected = 1L; expected < 21; expected += 2)
        {
            var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                try
                {
                    await writers[i % 2].AppendAsync("s", expected, Events(expected + 1, 2));
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            }));
            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(1, outcomes.Count(won => won));
        }

        Assert.Equal(Enumerable.Range(1, 21).Select(v => (long)v), (await writers[1].ReadAsync("s").ToListAsync()).Select(e => e.Version));
    }

    private IEventStore Writer()
    {
        var store = CreateWriter();
        _opened.Add(store);
        return store;
    }

    private static List<StoredEvent> Events(long fromVersion, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new StoredEvent(fromVersion + i, Guid.NewGuid(), At.AddSeconds(i), 1, Encoding.UTF8.GetBytes($"event {fromVersion + i}")))
            .ToList();
}
