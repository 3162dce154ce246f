using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>A topic card: what a neighbour (or a paper card) brought in.</summary>
public sealed class Topic
{
    private readonly List<Guid> _mergedFrom = [];

    internal Topic(Guid id, int number, Guid? authorId, string text, string? category, TopicSource source, TopicVisibility visibility)
    {
        Id = id;
        Number = number;
        AuthorId = authorId;
        Text = text;
        Category = category;
        Source = source;
        Visibility = visibility;
    }

    public Guid Id { get; }

    /// <summary>Running number, so people can say "topic 7" across the room.</summary>
    public int Number { get; }

    public Guid? AuthorId { get; }

    public string Text { get; internal set; }

    public string? Category { get; internal set; }

    public TopicSource Source { get; }

    public TopicVisibility Visibility { get; internal set; }

    public Guid? ClusterId { get; internal set; }

    /// <summary>Where a facilitator put the card while it is in no cluster; null until then.</summary>
    public WallSpot? Spot { get; internal set; }

    /// <summary>Topics that were merged into this one as duplicates.</summary>
    public IReadOnlyList<Guid> MergedFrom => _mergedFrom;

    public Guid? MergedInto { get; private set; }

    public bool IsWithdrawn { get; private set; }

    internal bool IsOnBoard => !IsWithdrawn && MergedInto is null;

    internal void Withdraw() => IsWithdrawn = true;

    /// <summary>Restores what merging and withdrawing left (from a snapshot).</summary>
    internal void Restore(IEnumerable<Guid> mergedFrom, Guid? mergedInto, bool withdrawn)
    {
        _mergedFrom.AddRange(mergedFrom);
        MergedInto = mergedInto;
        IsWithdrawn = withdrawn;
    }

    internal void Absorb(Topic duplicate)
    {
        duplicate.MergedInto = Id;
        _mergedFrom.Add(duplicate.Id);
        _mergedFrom.AddRange(duplicate._mergedFrom);
    }
}
