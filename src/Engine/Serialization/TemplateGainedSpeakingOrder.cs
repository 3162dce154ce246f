using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// <see cref="AssemblyCreated"/> 2 → 3: the template gained its speakers' list option (key 7,
/// "first-time speakers first"). A template stored before had no such option, so it means off.
/// </summary>
public sealed class TemplateGainedSpeakingOrder : EventUpcaster
{
    private const int TemplateKey = 5;
    private const int FirstTimeSpeakersFirstKey = 7;

    public override Type Kind => typeof(AssemblyCreated);

    public override int FromVersion => 2;

    public override object?[] Upcast(object?[] fields, StoredEvent envelope)
    {
        if (fields.Length <= TemplateKey || fields[TemplateKey] is not object?[] template)
        {
            throw new StoredFormatException($"{nameof(AssemblyCreated)} version 2 holds no template.");
        }

        fields[TemplateKey] = template.Length > FirstTimeSpeakersFirstKey ? template : [.. template, .. new object?[FirstTimeSpeakersFirstKey - template.Length], false];
        return fields;
    }
}
