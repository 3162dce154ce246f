using System.Text.Json;
using System.Text.Json.Serialization;
using MessagePack;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>
/// A text a template author wrote, in every language they wrote it in: language tag → text. German is
/// the one every template has (<see cref="TemplateValidator"/>); a language without its own text shows
/// the text of its fallback, German in the end (<see cref="UiLanguages.FallbackChain"/>). The tags are
/// kept in the order of <see cref="UiLanguages.All"/>, so the same texts are always stored as the same bytes.
/// </summary>
[MessagePackObject]
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed record LocalizedText
{
    [SerializationConstructor]
    public LocalizedText(IReadOnlyDictionary<string, string> texts) =>
        Texts = new SortedDictionary<string, string>(
            texts.ToDictionary(t => TagOrder.Canonical(t.Key), t => t.Value, StringComparer.OrdinalIgnoreCase),
            TagOrder.Instance);

    [Key(0)]
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Texts by tag, e.g. <c>LocalizedText.Of(("de", "Willkommen"), ("en", "Welcome"))</c>.</summary>
    public static LocalizedText Of(params (string Tag, string Text)[] texts) => new(texts.ToDictionary(t => t.Tag, t => t.Text));

    /// <summary>The text for the language <paramref name="tag"/>, or its fallback's; empty when there is none at all.</summary>
    public string For(string? tag) => UiLanguages.Pick(Texts, tag) ?? string.Empty;

    public bool Equals(LocalizedText? other) =>
        other is not null && Texts.Count == other.Texts.Count && Texts.All(t => other.Texts.TryGetValue(t.Key, out var text) && text == t.Value);

    public override int GetHashCode() => Texts.Aggregate(Texts.Count, (hash, t) => hash ^ HashCode.Combine(t.Key.ToUpperInvariant(), t.Value));

    /// <summary>Registered languages in their order, then any other tag alphabetically; tags in any case are the same tag.</summary>
    private sealed class TagOrder : IComparer<string>
    {
        public static readonly TagOrder Instance = new();

        /// <summary>A registered tag as the registry spells it ("EN" → "en"); any other as given.</summary>
        public static string Canonical(string tag) => RankOf(tag) is var rank && rank < UiLanguages.All.Count ? UiLanguages.All[rank].Tag : tag;

        public int Compare(string? x, string? y)
        {
            var byRegistry = RankOf(x).CompareTo(RankOf(y));
            return byRegistry != 0 ? byRegistry : StringComparer.OrdinalIgnoreCase.Compare(x, y);
        }

        private static int RankOf(string? tag)
        {
            for (var i = 0; i < UiLanguages.All.Count; i++)
            {
                if (string.Equals(UiLanguages.All[i].Tag, tag, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }
    }
}

/// <summary>A template's text in its file: <c>{"de": "…", "en": "…"}</c>.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(TextMapJson.Read(ref reader));

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) => TextMapJson.Write(writer, value.Texts);
}
