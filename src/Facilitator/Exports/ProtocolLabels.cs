using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The protocol's facts as label and value, in the chosen language, unescaped. Markdown, HTML and
/// CSV show the same things in the same order; each writer only escapes and lays them out.
/// </summary>
public sealed class ProtocolLabels(AssemblyProtocol protocol, ExportTexts texts)
{
    public int RevealedRounds { get; } = protocol.Rounds.Count(r => r.IsRevealed);

    public static string Numbers(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public IEnumerable<(string Label, string Value)> Facts()
    {
        if (protocol.StartsAt is { } startsAt)
        {
            yield return (texts["Date"], texts.DateTime(startsAt));
        }

        if (protocol.Place is { } place)
        {
            yield return (texts["Place"], place);
        }

        yield return (texts["Format"], FormatOf(protocol.Format));
        var template = protocol.TemplateName.For(texts.Language);
        if (!string.IsNullOrWhiteSpace(template))
        {
            yield return (texts["Template"], template);
        }

        if (protocol.OpenedAt is { } openedAt)
        {
            yield return (texts["Opened"], texts.RecordedTime(openedAt));
        }

        if (protocol.ClosedAt is { } closedAt)
        {
            yield return (texts["Closed"], texts.RecordedTime(closedAt));
        }
    }

    public IEnumerable<(string Label, int Count)> Participation()
    {
        var counts = protocol.Participants;
        yield return (texts["ParticipantsTotal"], counts.Total);
        yield return (texts["InRoom"], counts.InRoom);
        yield return (texts["Remote"], counts.Remote);
        yield return (texts["OnPhone"], counts.Total - counts.OnPaper);
        yield return (texts["OnPaper"], counts.OnPaper);
        if (protocol.Speaking is { } speaking)
        {
            yield return (texts["Contributions"], speaking.Contributions);
            yield return (texts["Speakers"], speaking.Speakers);
        }
    }

    public IReadOnlyList<string> TopicColumns() =>
    [
        texts["Number"], texts["Topic"], texts["Category"], texts["Cluster"], texts["Source"], texts["Rank"],
        .. Enumerable.Range(1, RevealedRounds).Select(RoundColumn),
        texts["PaperDots"],
    ];

    public IReadOnlyList<string> TopicCells(ProtocolTopic topic) =>
    [
        texts.Number(topic.Number),
        topic.Text,
        topic.Category ?? string.Empty,
        topic.ClusterLabel ?? string.Empty,
        topic.FromPaper ? texts["SourcePaper"] : texts["SourcePhone"],
        topic.Rank is { } rank ? texts.Number(rank) : string.Empty,
        .. topic.Totals.Select(total => total is { } dots ? texts.Number(dots) : string.Empty),
        texts.Number(topic.PaperDots),
    ];

    /// <summary>Each recommendation as its heading (position, topic number and text) and the line with its rank and dots.</summary>
    public IEnumerable<(string Heading, string Result, string Sentence)> Recommendations() => protocol.Recommended.Select(r => (
        texts.Format("RecommendationHeading", texts.Number(r.Position), texts.Number(r.TopicNumber), r.TopicText),
        r.Rank is { } rank && r.Dots is { } dots ? texts.Format("RecommendationResult", texts.Number(rank), texts.Number(dots)) : string.Empty,
        r.Sentence));

    /// <summary>One sentence per topic that left the board: merged into which, or hidden by the moderation.</summary>
    public IEnumerable<string> SetAside() => protocol.SetAside.Select(topic => topic.MergedIntoNumber is { } into
        ? texts.Format("TopicMerged", texts.Number(topic.Number), topic.Text ?? string.Empty, texts.Number(into))
        : texts.Format("TopicHidden", texts.Number(topic.Number)));

    public string RoundTitle(ProtocolRound round) => round.RunOffTopicNumbers is { } tied
        ? texts.Format("RunOffRound", round.Number, Numbers(tied))
        : texts.Format("MainRound", round.Number);

    public IEnumerable<(string Label, string Value)> RoundFacts(ProtocolRound round)
    {
        yield return (texts["DotsPerPerson"], texts.Number(round.DotsPerPerson));
        yield return (texts["Voters"], texts.Number(round.Voters));
        yield return (texts["DotsUsed"], texts.Number(round.DotsUsed));
        yield return (texts["PaperDotsRound"], texts.Number(round.PaperDots));
        if (!round.IsRevealed)
        {
            yield return (texts["Rank"], texts["NotRevealed"]);
        }
    }

    /// <summary>The group's profile fields that are filled in (goals apart, as a list), then its members.</summary>
    public IEnumerable<(string Label, string Value)> GroupFacts(ProtocolGroup group)
    {
        if (group.TopicNumber is { } topic)
        {
            yield return (texts["ForTopic"], texts["Number"] + " " + texts.Number(topic));
        }

        foreach (var (label, value) in new[] { ("Problem", group.Problem), ("Indicators", group.Indicators), ("FirstSteps", group.FirstSteps) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (texts[label], value);
            }
        }

        if (MeetingOf(group) is { } meeting)
        {
            yield return (texts["NextMeeting"], meeting);
        }

        if (!string.IsNullOrWhiteSpace(group.SupportNeeded))
        {
            yield return (texts["SupportNeeded"], group.SupportNeeded);
        }

        yield return (texts["Members"], MembersOf(group));
        if (group.Progress is { } progress)
        {
            foreach (var fact in ProgressFacts(progress))
            {
                yield return fact;
            }
        }
    }

    /// <summary>A carried-over group's progress since last time: when that was, its status now, its steps done then and now, who was in it.</summary>
    public IEnumerable<(string Label, string Value)> ProgressFacts(GroupProgress progress)
    {
        var since = progress.FromDate is { } date ? texts.Format("SinceTitleAndDate", progress.FromTitle, texts.Date(date)) : progress.FromTitle;
        var status = progress.Status is { } now ? texts[$"GroupStatus{now}"] : texts["NoStatusReported"];
        yield return (texts["LastTime"], since);
        yield return (texts["StatusToday"], progress.StatusText is { } text ? $"{status} – {text}" : status);
        if (progress.Steps.Count > 0)
        {
            yield return (texts["StepsDone"], texts.Format("StepsThenNow", progress.Steps.Count(s => s.DoneThen), progress.Steps.Count(s => s.DoneNow), progress.Steps.Count));
            yield return (texts["StepsEach"], string.Join("; ", progress.Steps.Select(s => texts.Format("StepThenNow", s.Text, texts[s.DoneThen ? "StepDone" : "StepOpen"], texts[s.DoneNow ? "StepDone" : "StepOpen"]))));
        }

        if (progress.MembersLastTime.Count > 0)
        {
            yield return (texts["MembersLastTime"], string.Join(", ", progress.MembersLastTime));
        }
    }

    public string? MeetingOf(ProtocolGroup group)
    {
        var parts = new[] { group.NextMeetingAt is { } at ? texts.DateTime(at) : null, group.NextMeetingPlace }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    public string MembersOf(ProtocolGroup group)
    {
        var parts = new List<string> { texts.People(group.MemberCount) };
        parts.AddRange(group.MemberNames);
        var unnamed = group.MemberCount - group.MemberNames.Count;
        if (unnamed > 0 && group.MemberNames.Count > 0)
        {
            parts.Add(texts.Format("UnnamedMembers", unnamed));
        }

        return parts.Count == 1 ? parts[0] : parts[0] + ": " + string.Join(", ", parts.Skip(1));
    }

    private string RoundColumn(int round) => texts.Format("DotsInRound", round);

    private string FormatOf(AssemblyFormat format) => format switch
    {
        AssemblyFormat.Online => texts["FormatOnline"],
        AssemblyFormat.Hybrid => texts["FormatHybrid"],
        _ => texts["FormatInRoom"],
    };
}
