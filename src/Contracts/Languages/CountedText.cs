using Microsoft.Extensions.Localization;

namespace OffeneVersammlung.Contracts.Languages;

/// <summary>
/// A sentence about a number of things, the one rule for the phone and the host: the key's "None" or
/// "One" form where the language has one ("1 Punkt", not "1 Punkte"), else the key itself. The count is
/// {0}, then the rest.
/// </summary>
public static class CountedText
{
    public static string Count(this IStringLocalizer texts, string key, int count, params object[] more)
    {
        object[] arguments = [count, .. more];
        var form = count switch
        {
            0 => texts[key + "None", arguments],
            1 => texts[key + "One", arguments],
            _ => null,
        };
        return form is { ResourceNotFound: false } ? form.Value : texts[key, arguments].Value;
    }
}
