using Microsoft.Extensions.Localization;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>How the facilitator's screens name a person: their pseudonym, or their number when they chose none.</summary>
public static class PersonName
{
    public static string Of(ParticipantRow person, IStringLocalizer<ScreenTexts> texts) => Of(person.Pseudonym, person.Number, texts);

    public static string Of(string? pseudonym, int number, IStringLocalizer<ScreenTexts> texts) =>
        string.IsNullOrWhiteSpace(pseudonym) ? texts["PersonNumber", number] : pseudonym;
}
