using System.Buffers.Text;
using System.Security.Cryptography;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// A device token the phone proposes itself, drawn when its join form is rendered and sent with every join
/// from that form (the form's post and the app's call alike): the server keeps the first participant it
/// made for a token, so a tap that reached the server twice is still one person with one dot budget.
/// </summary>
public static class DeviceTokens
{
    /// <summary>256 random bits, base64url without padding, as the server's own tokens.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
