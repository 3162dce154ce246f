using System.Security.Cryptography;
using System.Text;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>The optional admin token that guards creating assemblies on a public server.</summary>
public static class AdminToken
{
    /// <summary>True when no token is configured, or the given one equals it (compared in constant time).</summary>
    public static bool Admits(string? configured, string? given) =>
        string.IsNullOrEmpty(configured)
        || CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given ?? string.Empty)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
