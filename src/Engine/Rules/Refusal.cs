using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Rules;

/// <summary>A named, explicit "no" with an optional detail (the field or limit concerned).</summary>
public sealed record Refusal(RefusalCode Code, string? Detail = null)
{
    public override string ToString() => Detail is null ? Code.ToString() : $"{Code} ({Detail})";
}
