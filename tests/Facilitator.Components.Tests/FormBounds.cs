using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OffeneVersammlung.Testing.Forms;

/// <summary>
/// The bounds a rendered form puts on what people can type — <c>maxlength</c> on text fields, <c>min</c>
/// and <c>max</c> on numbers — by the field's label, as a person finds the field. The engine refuses what
/// is beyond its limits, so a form must not let anyone type more (shared by the console's and the phone's tests).
/// </summary>
public static partial class FormBounds
{
    private static readonly string[] Unbounded = ["radio", "checkbox", "hidden", "submit", "button", "date", "datetime-local", "time"];

    /// <summary>What a field may hold: its length for text, its range for numbers; null where it puts no bound.</summary>
    public sealed record Bound(int? MaxLength = null, int? Min = null, int? Max = null)
    {
        public static Bound Length(int maxLength) => new(MaxLength: maxLength);

        public static Bound Range(int min, int max) => new(Min: min, Max: max);

        public static Bound None { get; } = new();

        public override string ToString() =>
            string.Join(", ", new[] { ("maxlength", MaxLength), ("min", Min), ("max", Max) }.Where(b => b.Item2 is not null).Select(b => $"{b.Item1}={b.Item2}")) is { Length: > 0 } bounds
                ? bounds
                : "no bound";
    }

    /// <summary>
    /// Every text or number field in <paramref name="nodes"/> must have exactly the expected bound, found
    /// by its label; a field that is not expected (a new one) and an expected one that is not there both fail.
    /// </summary>
    public static void AssertMatch(IEnumerable<INode> nodes, IReadOnlyDictionary<string, Bound> expected)
    {
        var found = FieldsIn(nodes);
        var problems = new List<string>();
        foreach (var (label, bound) in found)
        {
            if (!expected.TryGetValue(label, out var wanted))
            {
                problems.Add($"\"{label}\" has {bound} but is not expected");
            }
            else if (bound != wanted)
            {
                problems.Add($"\"{label}\" has {bound}, the engine's limit is {wanted}");
            }
        }

        problems.AddRange(expected.Keys.Except(found.Select(f => f.Label)).Select(label => $"\"{label}\" is not in the form"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public static IReadOnlyList<(string Label, Bound Bound)> FieldsIn(IEnumerable<INode> nodes)
    {
        var elements = nodes.SelectMany(Descendants).OfType<IElement>().ToList();
        return elements
            .Where(e => e.LocalName == "textarea" || (e.LocalName == "input" && !Unbounded.Contains(e.GetAttribute("type") ?? "text")))
            .Select(e => (LabelOf(e, elements), new Bound(Number(e, "maxlength"), Number(e, "min"), Number(e, "max"))))
            .ToList();
    }

    private static IEnumerable<INode> Descendants(INode node) => node.ChildNodes.SelectMany(Descendants).Prepend(node);

    private static int? Number(IElement element, string attribute) =>
        element.GetAttribute(attribute) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    private static string LabelOf(IElement field, IReadOnlyList<IElement> all)
    {
        if (field.GetAttribute("aria-label") is { Length: > 0 } aria)
        {
            return aria;
        }

        var label = field.Closest("label")
            ?? (field.Id is { Length: > 0 } id ? all.FirstOrDefault(e => e.LocalName == "label" && e.GetAttribute("for") == id) : null);
        var text = label is null
            ? field.Id ?? field.LocalName
            : string.Concat(label.ChildNodes.SelectMany(Descendants).OfType<IText>().Where(t => t.ParentElement?.LocalName is not ("option" or "textarea")).Select(t => t.Text));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
