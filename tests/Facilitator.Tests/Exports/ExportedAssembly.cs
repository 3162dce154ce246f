using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>
/// One whole evening through the real hub on the real host, full of hostile texts, run once for all
/// export tests: three phones (one anonymous), a person on paper, seven topics, a cluster, a revealed
/// vote, two groups (one with a next meeting and a contact), check-out and the close.
/// </summary>
public sealed class ExportedAssembly : IAsyncLifetime
{
    public static readonly DateTimeOffset NextMeeting = new(2025, 6, 3, 18, 30, 0, TimeSpan.FromHours(2));

    public HostFactory Host { get; } = new();

    public CreatedAssembly Created { get; private set; } = null!;

    public List<string> DeviceKeys { get; } = [];

    public Guid DatedGroup { get; private set; }

    public Guid UndatedGroup { get; private set; }

    public int TopicCount { get; private set; }

    public int DotsUsed { get; private set; }

    public long Version { get; private set; }

    public async Task InitializeAsync()
    {
        Created = await AssemblyApi.CreateAsync(Host, AssemblyApi.Request("Kiezversammlung Nord"));
        await using var facilitator = await FacilitatorDriver.ConnectAsync(Host, Created);
        var pseudonyms = new[] { HostileTexts.HtmlPseudonym, HostileTexts.FormulaPseudonym, null };
        var phones = new List<LiveClient>();
        foreach (var pseudonym in pseudonyms)
        {
            var phone = await LiveClient.ParticipantAsync(Host, Created.JoinCode, pseudonym);
            phones.Add(phone);
            DeviceKeys.Add(Secret.DeviceKeyOf(phone.DeviceToken!));
        }

        try
        {
            var paper = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), paper, "Frau K.", Presence.InRoom));
            await AdvanceAsync(facilitator, 2);
            await phones[0].DoAsync("CheckIn", Guid.NewGuid(), Mood.Good, "=1+1");
            await phones[1].DoAsync("CheckIn", Guid.NewGuid(), Mood.Okay, "<i>müde</i>");
            await facilitator.DoAsync(new CheckIn(Guid.NewGuid(), paper, Mood.VeryGood, "neugierig"));

            await AdvanceAsync(facilitator, 1);
            var topics = new List<Guid>();
            foreach (var (text, i) in HostileTexts.Topics.Select((t, i) => (t, i)))
            {
                var topic = Guid.NewGuid();
                await phones[i % phones.Count].DoAsync("SubmitTopic", Guid.NewGuid(), topic, text, text == HostileTexts.AtFormula ? HostileTexts.PlusCategory : null);
                topics.Add(topic);
            }

            var paperTopic = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), paperTopic, HostileTexts.Quoted, null));
            topics.Add(paperTopic);
            TopicCount = topics.Count;

            await AdvanceAsync(facilitator, 1);
            var cluster = Guid.NewGuid();
            await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), cluster, HostileTexts.ClusterLink));
            await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), topics[0], cluster));

            await AdvanceAsync(facilitator, 1);
            foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
            {
                await phone.DoAsync("CastDot", Guid.NewGuid(), topics[0]);
                await phone.DoAsync("CastDot", Guid.NewGuid(), topics[i + 1]);
            }

            await facilitator.DoAsync(new CastDot(Guid.NewGuid(), paper, paperTopic));
            await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), paperTopic, 2));
            DotsUsed = (phones.Count * 2) + 1 + 2;
            await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));

            await AdvanceAsync(facilitator, 2);
            await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
            DatedGroup = (await facilitator.ViewAsync()).Board.Groups.OrderBy(g => g.Number).First().Id;
            UndatedGroup = Guid.NewGuid();
            await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), UndatedGroup, "Ohne Termin", null));
            await phones[0].DoAsync("JoinGroup", Guid.NewGuid(), DatedGroup);
            await phones[1].DoAsync("JoinGroup", Guid.NewGuid(), DatedGroup);
            await phones[2].DoAsync("JoinGroup", Guid.NewGuid(), DatedGroup);
            await facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), paper, UndatedGroup));
            var profile = new GroupProfile(
                HostileTexts.GroupName,
                HostileTexts.Problem,
                [HostileTexts.Heading, HostileTexts.Year],
                null,
                "Ortsbegehung",
                NextMeeting,
                HostileTexts.MeetingPlace,
                "Werkzeug\nund Farbe",
                HostileTexts.Contact);
            await phones[0].DoAsync("UpdateGroupProfile", Guid.NewGuid(), DatedGroup, profile);

            await AdvanceAsync(facilitator, 1);
            await phones[0].DoAsync("CheckOut", Guid.NewGuid(), Mood.VeryGood, "satt");
            Version = (await AdvanceAsync(facilitator, 1)).Version;
            Assert.Equal(Phase.Closed, (await facilitator.ViewAsync()).Board.Phase);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<CommandResult> AdvanceAsync(FacilitatorDriver facilitator, int steps)
    {
        CommandResult result = null!;
        for (var i = 0; i < steps; i++)
        {
            result = await facilitator.AdvanceAsync();
        }

        return result;
    }
}
