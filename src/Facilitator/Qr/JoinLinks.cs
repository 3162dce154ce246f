namespace OffeneVersammlung.Facilitator.Qr;

/// <summary>The addresses handed out for an assembly, all under one base URL.</summary>
public static class JoinLinks
{
    public static string Join(string baseUrl, string joinCode) => $"{baseUrl}/join/{joinCode}";

    public static string Qr(string baseUrl, string joinCode) => $"{baseUrl}/api/assemblies/join/{joinCode}/qr.svg";

    /// <summary>The secret goes after '#': browsers keep the fragment to themselves, so it reaches no request log.</summary>
    public static string Facilitator(string baseUrl, Guid assemblyId, string secret) => $"{baseUrl}/facilitator/{assemblyId:N}#{secret}";

    public static string Projector(string baseUrl, Guid assemblyId, string secret) => $"{baseUrl}/projector/{assemblyId:N}#{secret}";
}
