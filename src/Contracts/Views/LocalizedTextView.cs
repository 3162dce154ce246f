using System.Text.Json;
using System.Text.Json.Serialization;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// A text of the template (its name, a phase's prompt) in every language it was written in: language tag
/// → text. On the wire it is the plain object <c>{"de": "…", "en": "…"}</c>, as in the template file.
/// </summary>
[JsonConverter(typeof(Json))]
public sealed record LocalizedTextView(IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>The text for the language <paramref name="tag"/>, or its fallback's (German in the end); empty when there is none.</summary>
    public string For(string? tag) => UiLanguages.Pick(Texts, tag) ?? string.Empty;

    public bool Equals(LocalizedTextView? other) =>
        other is not null && Texts.Count == other.Texts.Count && Texts.All(t => other.Texts.TryGetValue(t.Key, out var text) && text == t.Value);

    // Order-free and case-free in the tags, as Equals is.
    public override int GetHashCode() => Texts.Aggregate(Texts.Count, (hash, t) => hash ^ HashCode.Combine(t.Key.ToUpperInvariant(), t.Value));

    private sealed class Json : JsonConverter<LocalizedTextView>
    {
        public override LocalizedTextView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(TextMapJson.Read(ref reader));

        public override void Write(Utf8JsonWriter writer, LocalizedTextView value, JsonSerializerOptions options) => TextMapJson.Write(writer, value.Texts);
    }
}
