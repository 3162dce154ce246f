using System.Buffers.Text;
using System.Security.Cryptography;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>What an announcement link's token is, whichever store keeps it.</summary>
public static class AnnouncementTokens
{
    /// <summary>128 random bits, base64url: 22 characters, short enough for a small QR code.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? token) => token is { Length: 22 } && Base64Url.IsValid(token);
}
