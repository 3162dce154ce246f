namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// One round of dot voting: the main vote, or a run-off among tied topics. Phone dots are kept per
/// person (for budgets and each person's own view); paper dots only as a count per topic.
/// </summary>
public sealed class VotingRound
{
    private readonly Dictionary<Guid, Dictionary<Guid, int>> _dotsByParticipant = [];
    private readonly Dictionary<Guid, int> _paperDots = [];
    private readonly HashSet<Guid>? _topics;

    internal VotingRound(int number, int dotsPerPerson, int maxDotsPerTopic, IReadOnlyCollection<Guid>? topics)
    {
        Number = number;
        DotsPerPerson = dotsPerPerson;
        MaxDotsPerTopic = maxDotsPerTopic;
        _topics = topics is null ? null : [.. topics];
        RunOffTopics = topics?.ToList();
    }

    public int Number { get; }

    public int DotsPerPerson { get; }

    public int MaxDotsPerTopic { get; }

    /// <summary>The tied topics of a run-off; null for the main round, which covers every topic.</summary>
    public IReadOnlyList<Guid>? RunOffTopics { get; }

    public bool IsRunOff => RunOffTopics is not null;

    public bool IsRevealed { get; internal set; }

    public bool HasAnyDots => _dotsByParticipant.Count > 0 || _paperDots.Count > 0;

    public int VoterCount => _dotsByParticipant.Count;

    public int DotsUsed => _dotsByParticipant.Values.Sum(d => d.Values.Sum()) + _paperDots.Values.Sum();

    public bool Includes(Guid topicId) => _topics is null || _topics.Contains(topicId);

    public int DotsOf(Guid participantId) => _dotsByParticipant.TryGetValue(participantId, out var dots) ? dots.Values.Sum() : 0;

    public int DotsOf(Guid participantId, Guid topicId) =>
        _dotsByParticipant.TryGetValue(participantId, out var dots) ? dots.GetValueOrDefault(topicId) : 0;

    public IReadOnlyDictionary<Guid, int> DotsByTopicOf(Guid participantId) =>
        _dotsByParticipant.TryGetValue(participantId, out var dots) ? dots : new Dictionary<Guid, int>();

    public int PaperDotsOn(Guid topicId) => _paperDots.GetValueOrDefault(topicId);

    public int TotalOn(Guid topicId) => _dotsByParticipant.Values.Sum(d => d.GetValueOrDefault(topicId)) + PaperDotsOn(topicId);

    /// <summary>Each person's dots in the order the round holds them (what a snapshot stores).</summary>
    internal IEnumerable<KeyValuePair<Guid, Dictionary<Guid, int>>> DotsByParticipant => _dotsByParticipant;

    internal IReadOnlyDictionary<Guid, int> PaperDots => _paperDots;

    internal void Restore(Guid participantId, IEnumerable<KeyValuePair<Guid, int>> dots) => _dotsByParticipant[participantId] = new Dictionary<Guid, int>(dots);

    internal void RestorePaper(Guid topicId, int dots) => _paperDots[topicId] = dots;

    internal void Add(Guid participantId, Guid topicId)
    {
        if (!_dotsByParticipant.TryGetValue(participantId, out var dots))
        {
            _dotsByParticipant[participantId] = dots = [];
        }

        dots[topicId] = dots.GetValueOrDefault(topicId) + 1;
    }

    internal void Remove(Guid participantId, Guid topicId)
    {
        var dots = _dotsByParticipant[participantId];
        if (--dots[topicId] == 0)
        {
            dots.Remove(topicId);
        }

        if (dots.Count == 0)
        {
            _dotsByParticipant.Remove(participantId);
        }
    }

    internal void AdjustPaper(Guid topicId, int delta)
    {
        var total = _paperDots.GetValueOrDefault(topicId) + delta;
        if (total == 0)
        {
            _paperDots.Remove(topicId);
        }
        else
        {
            _paperDots[topicId] = total;
        }
    }
}
