using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Participant.Resources;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>The engine's refusal codes as sentences in the screen's language; the same texts the phones show.</summary>
public static class Refusals
{
    private static readonly ResourceManager Texts = new(typeof(RefusalTexts));

    public static string Sentence(RefusalCode code) =>
        Texts.GetString(code.ToString(), CultureInfo.CurrentUICulture) ?? code.ToString();
}
