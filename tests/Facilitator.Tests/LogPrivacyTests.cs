using Microsoft.Extensions.Logging;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Logs are kept for weeks and read by whoever runs the server: they may say that something happened
/// to which assembly, never what people wrote or the keys that let someone in.
/// </summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task A_whole_assembly_leaves_no_topic_text_pseudonym_token_or_secret_in_any_log_message()
    {
        using var host = new LoggedHost();
        var created = await AssemblyApi.CreateAsync(host);
        var said = new List<string>();
        string Say(string text)
        {
            said.Add(text);
            return text;
        }

        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var projector = InProcessScreen.Projector(host, created.AssemblyId);
        var phones = new List<LiveClient>();
        for (var i = 0; i < 4; i++)
        {
            phones.Add(await LiveClient.ParticipantAsync(host, created.JoinCode, Say($"Pseudonym{i}Geheim")));
        }

        try
        {
            await using (var wrong = await LiveClient.ConnectAsync(host))
            {
                await wrong.JoinAsync(Say("QQQQQQ"), Say("Ratender"));
                await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, Say(Secret.Create()));
                await wrong.ResumeAsync(created.AssemblyId, Say(Secret.Create()));
            }

            var paperPerson = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), paperPerson, Say("PapiernameKurt"), Presence.InRoom));
            await facilitator.DoAsync(new RecordHeadcount(Guid.NewGuid(), 5));
            await AdvanceTo(facilitator, Phase.CheckIn);
            foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
            {
                await phone.DoAsync("CheckIn", Guid.NewGuid(), Mood.Good, Say($"Stimmungswort{i}"));
            }

            await facilitator.DoAsync(new CheckIn(Guid.NewGuid(), paperPerson, Mood.Okay, Say("Papierstimmung")));
            await AdvanceTo(facilitator, Phase.TopicCollection);
            var topics = new List<Guid>();
            foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
            {
                var topic = Guid.NewGuid();
                await phone.DoAsync("SubmitTopic", Guid.NewGuid(), topic, Say($"Themengeheimnis {i} <script>alert({i})</script>"), Say($"Kategorie{i}"));
                topics.Add(topic);
            }

            await phones[0].DoAsync("EditTopic", Guid.NewGuid(), topics[0], Say("Geänderter Themensatz"), null);
            await phones[1].InvokeAsync("SubmitTopic", Guid.NewGuid(), Guid.NewGuid(), Say(new string('z', 300) + "Abgelehnt"), null);
            await facilitator.DoAsync(new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), paperPerson, Say("Papierthema Spielstraße"), null));
            await AdvanceTo(facilitator, Phase.Clustering);
            await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), Guid.NewGuid(), Say("Clustername Verkehr")));
            await AdvanceTo(facilitator, Phase.DotVoting);
            foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
            {
                await phone.DoAsync("CastDot", Guid.NewGuid(), topics[i % topics.Count]);
            }

            await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
            await AdvanceTo(facilitator, Phase.ProjectGroups);
            var group = Guid.NewGuid();
            await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, Say("Gruppenname Bänke"), topics[0]));
            await phones[0].DoAsync("JoinGroup", Guid.NewGuid(), group);
            var profile = new GroupProfile(
                Say("Gruppenname Sitzen"), Say("Problemtext Sitzplätze"), [Say("Zieltext Drei Bänke")], Say("Indikatortext"), Say("Schrittetext Begehung"),
                null, Say("Treffpunkttext Café"), Say("Unterstützungstext"), Say("kontakt-geheim@example.org"));
            await phones[0].DoAsync("UpdateGroupProfile", Guid.NewGuid(), group, profile);
            await AdvanceTo(facilitator, Phase.CheckOut);
            await phones[0].DoAsync("CheckOut", Guid.NewGuid(), Mood.VeryGood, Say("Abschiedswort"));
            await AdvanceTo(facilitator, Phase.Closed);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }

        string[] keys =
        [
            created.FacilitatorSecret, created.ProjectorSecret,
            .. phones.Select(p => p.DeviceToken!), .. phones.Select(p => Secret.DeviceKeyOf(p.DeviceToken!)),
        ];
        var logs = host.Logs.Entries;
        Assert.Contains(logs, e => e.Level == LogLevel.Debug && e.Category.StartsWith("OffeneVersammlung", StringComparison.Ordinal));
        foreach (var secret in said.Concat(keys))
        {
            Assert.DoesNotContain(logs, e => e.ToString().Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task AdvanceTo(FacilitatorDriver facilitator, Phase phase)
    {
        while ((await facilitator.ViewAsync()).Board.Phase != phase)
        {
            await facilitator.AdvanceAsync();
        }
    }
}
