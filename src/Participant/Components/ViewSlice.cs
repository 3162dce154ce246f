using System.Collections;

namespace OffeneVersammlung.Participant.Components;

/// <summary>
/// The parts of the views one phone component shows, compared by value. Every push builds a new board,
/// and in a server-mode phone every render of a component becomes a render batch its circuit sends and
/// waits on; a component that compares its slice renders only when something it shows changed (issue 12:
/// another person's dot before the reveal changes nothing a phone shows). The views are records, but a
/// record compares its lists by reference and every push builds new lists, so lists given here are
/// compared item by item. A record that holds lists itself (a group card) still compares by reference:
/// that renders too often, never too seldom.
/// </summary>
public sealed class ViewSlice : IEquatable<ViewSlice>
{
    private readonly object?[] _parts;

    private ViewSlice(object?[] parts) => _parts = parts;

    public static ViewSlice Of(params ReadOnlySpan<object?> parts)
    {
        var copy = new object?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            copy[i] = Part(parts[i]);
        }

        return new ViewSlice(copy);
    }

    public bool Equals(ViewSlice? other) => other is not null && _parts.SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as ViewSlice);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in _parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    // A list is copied as it is now: a queue the component reads may be the same object, changed since.
    private static object? Part(object? part) => part is IEnumerable items and not string
        ? new ViewSlice([.. items.Cast<object?>().Select(Part)])
        : part;
}
