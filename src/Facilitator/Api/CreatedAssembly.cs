namespace OffeneVersammlung.Facilitator.Api;

/// <summary>
/// The answer to creating an assembly. The two secrets appear here once and never again: the server
/// keeps only their hashes. The links carry the secret after <c>#</c>, so browsers never send it
/// in a request line, a log or a referrer.
/// </summary>
public sealed record CreatedAssembly(
    Guid AssemblyId,
    string JoinCode,
    string JoinUrl,
    string QrUrl,
    string FacilitatorUrl,
    string ProjectorUrl,
    string FacilitatorSecret,
    string ProjectorSecret);
