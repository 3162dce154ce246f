using MessagePack;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Timers;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Upcasting, shown on a made-up history of <see cref="TimerStarted"/>: version 1 stored the timebox in
/// minutes, version 2 in seconds, version 3 added the time it started. Stored bytes of version 1 and 2
/// must read as version 3 without anyone rewriting them.
/// </summary>
public class UpcastingTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 22, 18, 42, 0, TimeSpan.FromHours(1));

    private static readonly EventSchema TimerAtVersion3 = new(
        [.. EventUpcasters.All, new MinutesBecameSeconds(), new StartGotItsTime()],
        new Dictionary<Type, int> { [typeof(TimerStarted)] = 3 });

    [Fact]
    public void An_event_stored_two_versions_ago_is_upcast_step_by_step_before_it_is_read()
    {
        var read = EventSerializer.FromStored(Stored(schemaVersion: 1, fields: [15]), TimerAtVersion3);

        Assert.Equal(new TimerStarted(15 * 60, RecordedAt), read.Event);
    }

    [Fact]
    public void An_event_stored_one_version_ago_takes_only_the_last_step()
    {
        var read = EventSerializer.FromStored(Stored(schemaVersion: 2, fields: [900]), TimerAtVersion3);

        Assert.Equal(new TimerStarted(900, RecordedAt), read.Event);
    }

    [Fact]
    public void An_event_of_the_current_version_is_read_as_stored()
    {
        var current = EventSerializer.ToStored(new(1, Guid.Empty, RecordedAt, new TimerStarted(null, RecordedAt.AddMinutes(-1))));

        var read = EventSerializer.FromStored(current with { SchemaVersion = 3 }, TimerAtVersion3);

        Assert.Equal(new TimerStarted(null, RecordedAt.AddMinutes(-1)), read.Event);
    }

    [Fact]
    public void A_schema_that_cannot_reach_its_current_version_is_refused_when_it_is_built()
    {
        var missingStep = Assert.Throws<InvalidOperationException>(() => new EventSchema(
            [.. EventUpcasters.All, new MinutesBecameSeconds()],
            new Dictionary<Type, int> { [typeof(TimerStarted)] = 3 }));

        Assert.Contains("from version 2", missingStep.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_written_by_a_newer_build_is_refused_rather_than_misread()
    {
        var newer = EventSerializer.ToStored(new(1, Guid.Empty, RecordedAt, new TimerExtended(300))) with { SchemaVersion = 2 };

        var refused = Assert.Throws<StoredFormatException>(() => EventSerializer.FromStored(newer));

        Assert.Contains("TimerExtended", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_today_s_build_writes_carries_the_current_version_of_its_kind()
    {
        var stored = GoldenEventSamples.All.Select(e => EventSerializer.ToStored(new(1, Guid.Empty, RecordedAt, e)));

        Assert.All(stored.Zip(GoldenEventSamples.All), s => Assert.Equal(EventSchema.Current.VersionOf(s.Second.GetType()), s.First.SchemaVersion));
    }

    private static StoredEvent Stored(int schemaVersion, object?[] fields) =>
        new(7, Guid.Empty, RecordedAt, schemaVersion, MessagePackSerializer.Serialize<object?[]>([2, fields], EventSerializer.Options));

    private sealed class MinutesBecameSeconds : EventUpcaster
    {
        public override Type Kind => typeof(TimerStarted);

        public override int FromVersion => 1;

        public override object?[] Upcast(object?[] fields, StoredEvent envelope) =>
            [fields[0] is null ? null : Convert.ToInt32(fields[0], System.Globalization.CultureInfo.InvariantCulture) * 60];
    }

    private sealed class StartGotItsTime : EventUpcaster
    {
        public override Type Kind => typeof(TimerStarted);

        public override int FromVersion => 2;

        // MessagePack stores a DateTimeOffset as [its clock time as a timestamp, the offset in minutes].
        public override object?[] Upcast(object?[] fields, StoredEvent envelope) =>
            [fields[0], new object[] { new DateTime(envelope.RecordedAt.Ticks, DateTimeKind.Utc), (short)envelope.RecordedAt.Offset.TotalMinutes }];
    }
}
