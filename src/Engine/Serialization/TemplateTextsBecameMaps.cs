using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// <see cref="AssemblyCreated"/> 1 → 2: the template's texts (name, description, each phase's prompt)
/// were the pair [German, English]; since version 2 each is [{tag: text}], so a template can hold any
/// language of the tool (docs/decisions/0013-languages-as-data.md). A version 1 pair means exactly
/// German and English, blank ones included, as that build showed them.
/// </summary>
public sealed class TemplateTextsBecameMaps : EventUpcaster
{
    private const int TemplateKey = 5;
    private const int NameKey = 1;
    private const int DescriptionKey = 2;
    private const int PhasesKey = 3;
    private const int PromptKey = 2;

    public override Type Kind => typeof(AssemblyCreated);

    public override int FromVersion => 1;

    public override object?[] Upcast(object?[] fields, StoredEvent envelope)
    {
        var template = (object?[])Field(fields, TemplateKey, "the template")!;
        template[NameKey] = MapOf(template[NameKey]);
        template[DescriptionKey] = MapOf(template[DescriptionKey]);
        foreach (var phase in (object?[])Field(template, PhasesKey, "the template's phases")!)
        {
            var plan = (object?[])phase!;
            plan[PromptKey] = MapOf(plan[PromptKey]);
        }

        return fields;
    }

    private static object? Field(object?[] fields, int key, string what) =>
        fields.Length > key && fields[key] is object?[] value ? value : throw new StoredFormatException($"{nameof(AssemblyCreated)} version 1 holds no {what}.");

    private static object?[]? MapOf(object? pair) => pair switch
    {
        null => null,
        object?[] { Length: 2 } texts => [new Dictionary<object, object?> { [UiLanguages.German.Tag] = texts[0], [UiLanguages.English.Tag] = texts[1] }],
        _ => throw new StoredFormatException($"{nameof(AssemblyCreated)} version 1 holds a template text that is not a [German, English] pair."),
    };
}
