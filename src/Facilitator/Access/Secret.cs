using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// Random secrets (facilitator and projector links, device tokens) and their hashes. The server
/// keeps only hashes; the plain secret exists once, in the answer to whoever it belongs to.
/// </summary>
public static class Secret
{
    /// <summary>256 random bits, base64url without padding (43 characters).</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>At least 128 bits worth of base64url, and not absurdly long.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: >= 22 and <= 128 } && Base64Url.IsValid(secret);

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>The engine's device key: lower-case hex SHA-256 of the device token.</summary>
    public static string DeviceKeyOf(string deviceToken) => Convert.ToHexStringLower(Hash(deviceToken));

    /// <summary>Compares in constant time, so timing tells nothing about how much of a guess was right.</summary>
    public static bool Matches(string? candidate, byte[] expectedHash) =>
        IsWellFormed(candidate) && CryptographicOperations.FixedTimeEquals(Hash(candidate!), expectedHash);
}
