using Microsoft.Extensions.Localization;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>How the console names a person: their pseudonym, or their number when they chose none.</summary>
public static class PersonName
{
    public static string Of(ParticipantRow person, IStringLocalizer<ScreenTexts> texts) =>
        string.IsNullOrWhiteSpace(person.Pseudonym) ? texts["PersonNumber", person.Number] : person.Pseudonym;
}
