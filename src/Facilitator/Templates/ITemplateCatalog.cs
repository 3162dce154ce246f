using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Facilitator.Templates;

/// <summary>The assembly templates the host offers by id (from seeds/templates).</summary>
public interface ITemplateCatalog
{
    IReadOnlyList<AssemblyTemplate> All { get; }

    AssemblyTemplate? Find(string templateId);
}
