using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Facilitator.Templates;

/// <summary>Offers no templates: requests must bring the template along. Replaced once the seed templates load.</summary>
public sealed class EmptyTemplateCatalog : ITemplateCatalog
{
    public AssemblyTemplate? Find(string templateId) => null;
}
