using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The language the host renders a phone's page in before any script runs (issue 12): the choice the phone made on
/// its switch (<see cref="Chosen"/>, kept by the host in a cookie), else its browser's Accept-Language, else German;
/// and the languages that page's switch offers.
/// </summary>
public sealed record PageLanguage(UiLanguage Language, UiLanguage? Chosen, IReadOnlyList<UiLanguage> Offered);
