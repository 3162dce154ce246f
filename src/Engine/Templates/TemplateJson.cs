using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>Reads a template from its JSON file text (camelCase, phases by name) and checks it.</summary>
public static class TemplateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
    };

    public static AssemblyTemplate Parse(string json)
    {
        AssemblyTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<AssemblyTemplate>(json, Options);
        }
        catch (JsonException e)
        {
            throw new TemplateInvalidException($"not a template: {e.Message}", e);
        }

        if (template is null)
        {
            throw new TemplateInvalidException("the file is empty");
        }

        return TemplateValidator.FindProblem(template) is { } problem ? throw new TemplateInvalidException(problem) : template;
    }

    public static string Write(AssemblyTemplate template) => JsonSerializer.Serialize(template, Options);
}
