namespace OffeneVersammlung.Facilitator.Api;

/// <summary>Error codes of the HTTP API beyond the engine's refusal codes.</summary>
public static class ProblemCodes
{
    public const string TemplateRequired = "TemplateRequired";
    public const string UnknownTemplate = "UnknownTemplate";
    public const string InvalidTemplate = "InvalidTemplate";

    /// <summary>This address opened as many assemblies as it may for now (no admin token is configured).</summary>
    public const string TooManyAssemblies = "TooManyAssemblies";
}
