using System.Security.Cryptography;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// The short code people type on their phone: eight characters from an alphabet without the look-alikes
/// 0/O, 1/I/L (and U, which reads like V on some screens). Eight of 30 symbols (about 39 bits) keep the
/// expected time to guess any of a thousand live codes above a year at the failed-join limit
/// (docs/RELIABILITY.md, section 4) and still read off a wall and type on a phone.
/// </summary>
public static class JoinCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 8;

    /// <summary>Assemblies opened before codes grew to eight characters keep their six until they are deleted.</summary>
    public const int LegacyLength = 6;

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and dashes; null when what remains cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 32)
        {
            return null;
        }

        var code = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length is Length or LegacyLength && code.All(Alphabet.Contains) ? code : null;
    }
}
