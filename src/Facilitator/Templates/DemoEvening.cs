using OffeneVersammlung.Engine.Demo;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Facilitator.Templates;

/// <summary>
/// The scripted demo evening of seeds/demo, copied next to the app at build time, with the template
/// it is played on. Absent when the file or its template is missing: then the start page offers no demo.
/// </summary>
public sealed class DemoEvening
{
    public DemoEvening(ITemplateCatalog templates)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "seeds", "demo", "kiezversammlung.json");
        if (File.Exists(file))
        {
            Script = DemoScriptJson.Parse(File.ReadAllText(file));
            Template = templates.Find(Script.TemplateId);
        }
    }

    public DemoScript? Script { get; }

    public AssemblyTemplate? Template { get; }

    public bool IsAvailable => Script is not null && Template is not null;
}
