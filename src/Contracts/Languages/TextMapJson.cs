using System.Text.Json;

namespace OffeneVersammlung.Contracts.Languages;

/// <summary>
/// A map of language tag → text as a plain JSON object (<c>{"de": "…", "en": "…"}</c>): how templates
/// are written and how their texts travel, read and written by hand so it needs no reflection in the
/// trimmed phone and no naming policy can touch the tags.
/// </summary>
public static class TextMapJson
{
    public static Dictionary<string, string> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A text is an object of language tag and text, e.g. {\"de\": \"…\", \"en\": \"…\"}.");
        }

        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var tag = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"The text in \"{tag}\" must be a string.");
            }

            if (!texts.TryAdd(tag, reader.GetString()!))
            {
                throw new JsonException($"The language \"{tag}\" is given twice.");
            }
        }

        return texts;
    }

    public static void Write(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> texts)
    {
        writer.WriteStartObject();
        foreach (var (tag, text) in texts)
        {
            writer.WriteString(tag, text);
        }

        writer.WriteEndObject();
    }
}
