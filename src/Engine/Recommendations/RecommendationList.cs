namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>The assembly's recommendations in the order the facilitator gave them; the order is what the protocol prints.</summary>
public sealed class RecommendationList
{
    /// <summary>More would no longer be a short list a council reads to the end.</summary>
    public const int Max = 10;

    private readonly List<Recommendation> _items = [];

    public IReadOnlyList<Recommendation> Items => _items;

    public int Count => _items.Count;

    public int PositionOf(Guid topicId) => _items.FindIndex(r => r.TopicId == topicId);

    public bool Contains(Guid topicId) => PositionOf(topicId) >= 0;

    /// <summary>Marking a topic again rewrites its sentence and keeps its place.</summary>
    internal void Mark(Recommendation recommendation)
    {
        var position = PositionOf(recommendation.TopicId);
        if (position >= 0)
        {
            _items[position] = recommendation with { MarkedAt = _items[position].MarkedAt };
        }
        else
        {
            _items.Add(recommendation);
        }
    }

    internal void Unmark(Guid topicId) => _items.RemoveAll(r => r.TopicId == topicId);

    internal void Move(Guid topicId, int position)
    {
        var from = PositionOf(topicId);
        var item = _items[from];
        _items.RemoveAt(from);
        _items.Insert(Math.Clamp(position, 0, _items.Count), item);
    }
}
