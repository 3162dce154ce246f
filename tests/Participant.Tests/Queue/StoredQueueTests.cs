using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests.Queue;

/// <summary>
/// A phone's queue waits in localStorage, also across an update of the app: what one build wrote, every
/// later build must still send, once.
/// </summary>
public class StoredQueueTests
{
    // Written by the phone before the contract (queue format 1: hub method names and their arguments),
    // produced with that build's PendingCommand and Wire options.
    private const string EarlierPhone = """
        [{"method":"CheckIn","commandId":"11111111-0000-0000-0000-000000000001","arguments":["Good","Neugierig"]},{"method":"SubmitTopic","commandId":"11111111-0000-0000-0000-000000000002","arguments":["22222222-0000-0000-0000-000000000001","Mehr B\u00E4nke am Platz",null]},{"method":"CastDot","commandId":"11111111-0000-0000-0000-000000000003","arguments":["22222222-0000-0000-0000-000000000001"]},{"method":"UpdateGroupProfile","commandId":"11111111-0000-0000-0000-000000000004","arguments":["33333333-0000-0000-0000-000000000001",{"name":"Hof-Fr\u00FChst\u00FCck","problem":"Niemand kennt sich","goals":["Einmal im Monat"],"indicators":null,"firstSteps":null,"nextMeetingAt":"2025-06-01T10:00:00\u002B02:00","nextMeetingPlace":"Hof","supportNeeded":null,"contact":"0170 123"}]},{"method":"LeaveGroup","commandId":"11111111-0000-0000-0000-000000000005","arguments":[]}]
        """;

    // Written by today's queue (format 2). Must read in every later build: change the writer, never this text.
    private const string Today = """
        {"format":2,"commands":[{"kind":1,"commandId":"aaaaaaaa-0000-0000-0000-000000000001","mood":4,"text":"Neugierig"},{"kind":2,"commandId":"aaaaaaaa-0000-0000-0000-000000000002","mood":5,"text":"Satt"},{"kind":3,"commandId":"aaaaaaaa-0000-0000-0000-000000000003","topicId":"22222222-0000-0000-0000-000000000001","text":"Mehr B\u00E4nke am Platz"},{"kind":4,"commandId":"aaaaaaaa-0000-0000-0000-000000000004","topicId":"22222222-0000-0000-0000-000000000001","text":"Mehr B\u00E4nke am Spielplatz","category":"Platz"},{"kind":5,"commandId":"aaaaaaaa-0000-0000-0000-000000000005","topicId":"22222222-0000-0000-0000-000000000001"},{"kind":6,"commandId":"aaaaaaaa-0000-0000-0000-000000000006","topicId":"22222222-0000-0000-0000-000000000001"},{"kind":7,"commandId":"aaaaaaaa-0000-0000-0000-000000000007","topicId":"22222222-0000-0000-0000-000000000001"},{"kind":8,"commandId":"aaaaaaaa-0000-0000-0000-000000000008","groupId":"33333333-0000-0000-0000-000000000001"},{"kind":9,"commandId":"aaaaaaaa-0000-0000-0000-000000000009"},{"kind":10,"commandId":"aaaaaaaa-0000-0000-0000-000000000010","groupId":"33333333-0000-0000-0000-000000000001","profile":{"name":"Hof-Fr\u00FChst\u00FCck","problem":"Niemand kennt sich","goals":["Einmal im Monat"],"nextMeetingAt":"2025-06-01T10:00:00+02:00","nextMeetingPlace":"Hof","contact":"0170 123"}}]}
        """;

    private static readonly Guid Topic = Guid.Parse("22222222-0000-0000-0000-000000000001");
    private static readonly Guid Group = Guid.Parse("33333333-0000-0000-0000-000000000001");

    private static readonly GroupProfile Profile = new(
        "Hof-Frühstück", "Niemand kennt sich", ["Einmal im Monat"], null, null, DateTimeOffset.Parse("2025-06-01T10:00:00+02:00"), "Hof", null, "0170 123");

    private static readonly PendingCommand[] EveryKind =
    [
        new(CommandKind.CheckIn, Id(1), Mood: Mood.Good, Text: "Neugierig"),
        new(CommandKind.CheckOut, Id(2), Mood: Mood.VeryGood, Text: "Satt"),
        new(CommandKind.SubmitTopic, Id(3), TopicId: Topic, Text: "Mehr Bänke am Platz"),
        new(CommandKind.EditTopic, Id(4), TopicId: Topic, Text: "Mehr Bänke am Spielplatz", Category: "Platz"),
        new(CommandKind.WithdrawTopic, Id(5), TopicId: Topic),
        new(CommandKind.CastDot, Id(6), TopicId: Topic),
        new(CommandKind.RemoveDot, Id(7), TopicId: Topic),
        new(CommandKind.JoinGroup, Id(8), GroupId: Group),
        new(CommandKind.LeaveGroup, Id(9)),
        new(CommandKind.UpdateGroupProfile, Id(10), GroupId: Group, Profile: Profile),
    ];

    [Fact]
    public void Todays_queue_writes_every_kind_as_the_pinned_text()
    {
        Assert.Equal(Today, StoredQueue.Write(EveryKind));
    }

    [Fact]
    public void A_queue_written_today_reads_back_every_kind_with_its_fields()
    {
        var read = StoredQueue.Read(Today, out var isCurrent);

        Assert.True(isCurrent);
        Assert.Equivalent(EveryKind, read, strict: true);
    }

    [Fact]
    public void Commands_an_earlier_phone_queued_by_method_name_read_as_typed_commands_with_their_own_ids()
    {
        var read = StoredQueue.Read(EarlierPhone, out var isCurrent);

        Assert.False(isCurrent);
        Assert.Equivalent(
            new PendingCommand[]
            {
                new(CommandKind.CheckIn, Id(1, "11111111"), Mood: Mood.Good, Text: "Neugierig"),
                new(CommandKind.SubmitTopic, Id(2, "11111111"), TopicId: Topic, Text: "Mehr Bänke am Platz"),
                new(CommandKind.CastDot, Id(3, "11111111"), TopicId: Topic),
                new(CommandKind.UpdateGroupProfile, Id(4, "11111111"), GroupId: Group, Profile: Profile),
                new(CommandKind.LeaveGroup, Id(5, "11111111")),
            },
            read,
            strict: true);
    }

    [Fact]
    public async Task What_an_earlier_phone_queued_is_sent_once_and_not_again_after_a_reload()
    {
        var storage = new MemoryStorage();
        storage.Items["ov.queue"] = EarlierPhone;
        var queue = new CommandQueue(new BrowserStorage(storage));
        await queue.LoadAsync();
        Assert.StartsWith("{\"format\":2,", storage.Items["ov.queue"], StringComparison.Ordinal);

        var hub = new RecordingHub();
        while (queue.Next is { } next)
        {
            await next.SendTo(hub);
            await queue.CompleteAsync(next);
        }

        var reloaded = new CommandQueue(new BrowserStorage(storage));
        await reloaded.LoadAsync();

        Assert.Empty(reloaded.Pending);
        Assert.Equal(
            [
                $"CheckIn {Id(1, "11111111")} Good Neugierig",
                $"SubmitTopic {Id(2, "11111111")} {Topic} Mehr Bänke am Platz -",
                $"CastDot {Id(3, "11111111")} {Topic}",
                $"UpdateGroupProfile {Id(4, "11111111")} {Group} Hof-Frühstück Einmal im Monat 2025-06-01T10:00:00.0000000+02:00 0170 123",
                $"LeaveGroup {Id(5, "11111111")}",
            ],
            hub.Calls);
    }

    [Fact]
    public async Task A_command_queued_today_survives_a_reload_and_goes_to_its_hub_method()
    {
        var storage = new MemoryStorage();
        var queue = new CommandQueue(new BrowserStorage(storage));
        var dot = PendingCommand.CastDot(Topic);
        await queue.EnqueueAsync(dot);

        var reloaded = new CommandQueue(new BrowserStorage(storage));
        await reloaded.LoadAsync();
        var hub = new RecordingHub();
        await reloaded.Next!.SendTo(hub);

        Assert.Equal([$"CastDot {dot.CommandId} {Topic}"], hub.Calls);
    }

    [Fact]
    public void An_entry_that_cannot_be_sent_is_left_out_and_the_rest_is_kept()
    {
        var stored = """{"format":2,"commands":[{"kind":99,"commandId":"aaaaaaaa-0000-0000-0000-000000000001"},{"kind":6,"commandId":"aaaaaaaa-0000-0000-0000-000000000002"},{"kind":6,"commandId":"aaaaaaaa-0000-0000-0000-000000000003","topicId":"22222222-0000-0000-0000-000000000001"}]}""";
        var earlier = """[{"method":"Vanished","commandId":"aaaaaaaa-0000-0000-0000-000000000004","arguments":[]},{"method":"CastDot","commandId":"aaaaaaaa-0000-0000-0000-000000000005","arguments":["22222222-0000-0000-0000-000000000001"]}]""";

        Assert.Equal([Id(3)], StoredQueue.Read(stored, out _).Select(c => c.CommandId));
        Assert.Equal([Id(5)], StoredQueue.Read(earlier, out _).Select(c => c.CommandId));
        Assert.Empty(StoredQueue.Read("{kaputt", out _));
    }

    [Fact]
    public void Waiting_dots_count_the_casts_and_removals_of_that_topic_only()
    {
        var other = Guid.NewGuid();
        PendingCommand[] pending =
        [
            PendingCommand.CastDot(Topic),
            PendingCommand.CastDot(Topic),
            PendingCommand.RemoveDot(Topic),
            PendingCommand.CastDot(other),
            PendingCommand.WithdrawTopic(Topic),
        ];

        Assert.Equal((1, 1), (DotsShown.Waiting(pending, Topic), DotsShown.Waiting(pending, other)));
    }

    private static Guid Id(int n, string prefix = "aaaaaaaa") => Guid.Parse($"{prefix}-0000-0000-0000-{n:D12}");
}
