using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>The templates in a folder of JSON files (the repository's seeds/templates).</summary>
public static class TemplateDirectory
{
    /// <summary>Every template in <paramref name="folder"/>, ordered by id; a broken file names itself in the exception.</summary>
    public static IReadOnlyList<AssemblyTemplate> Load(string folder) =>
        Directory.EnumerateFiles(folder, "*.json")
            .Select(file =>
            {
                try
                {
                    return TemplateJson.Parse(File.ReadAllText(file));
                }
                catch (TemplateInvalidException e)
                {
                    throw new TemplateInvalidException($"{Path.GetFileName(file)}: {e.Message}", e);
                }
            })
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
}
