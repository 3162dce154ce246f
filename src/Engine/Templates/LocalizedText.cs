using MessagePack;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>A text a template author wrote in German (the default) and English.</summary>
[MessagePackObject]
public sealed record LocalizedText([property: Key(0)] string De, [property: Key(1)] string En)
{
    public string For(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : De;
}
