using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Templates;

/// <summary>
/// The templates of seeds/templates, copied next to the app at build time (or another folder from
/// <c>OffeneVersammlung:TemplatesPath</c>). Loaded once; a broken file stops with its name.
/// </summary>
public sealed class SeedTemplateCatalog : ITemplateCatalog
{
    public SeedTemplateCatalog(IOptions<OffeneVersammlungOptions> options)
    {
        var folder = Path.GetFullPath(options.Value.TemplatesPath ?? "seeds/templates", AppContext.BaseDirectory);
        All = Directory.Exists(folder) ? TemplateDirectory.Load(folder) : [];
    }

    public IReadOnlyList<AssemblyTemplate> All { get; }

    public AssemblyTemplate? Find(string templateId) => All.FirstOrDefault(t => t.Id == templateId);
}
