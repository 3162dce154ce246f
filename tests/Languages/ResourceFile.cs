using System.Xml.Linq;

namespace OffeneVersammlung.Testing.Languages;

/// <summary>
/// One .resx file as it lies in the repository: its keys and texts, read as XML so that a test sees
/// exactly what a translator edits (no build step, no culture lookup in between).
/// </summary>
public sealed record ResourceFile(string Path, IReadOnlyDictionary<string, string> Texts)
{
    public static ResourceFile Read(string path)
    {
        var texts = XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
        return new ResourceFile(path, texts);
    }

    public IEnumerable<string> Keys => Texts.Keys;

    /// <summary>The language files of a set: Texts.resx is German (the neutral one), Texts.{tag}.resx each other language.</summary>
    public static IReadOnlyDictionary<string, ResourceFile> SetOf(string folder, string baseName)
    {
        var files = new Dictionary<string, ResourceFile>(StringComparer.OrdinalIgnoreCase)
        {
            ["de"] = Read(System.IO.Path.Combine(folder, baseName + ".resx")),
        };
        foreach (var path in Directory.GetFiles(folder, baseName + ".*.resx"))
        {
            var tag = System.IO.Path.GetFileNameWithoutExtension(path)[(baseName.Length + 1)..];
            files[tag] = Read(path);
        }

        return files;
    }
}
