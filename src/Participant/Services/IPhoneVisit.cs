using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// What the host knows of this phone while it prerenders the page, before any script runs: the device a
/// join form's post handed over (a cookie, decision 0014) with that participant's view, so the page comes
/// back already showing the welcome or the current phase; or the answer to a refused post. Nothing where
/// the app runs by itself (WebAssembly, or a circuit after the prerender).
/// </summary>
public interface IPhoneVisit
{
    /// <summary>The language to render the page in, known before anything renders; null where no host prerenders.</summary>
    PageLanguage? Language { get; }

    Task<PhoneArrival?> ArriveAsync();
}

/// <summary>What the prerender knew, handed on to the interactive phone (persisted with the page), so its first render is the same.</summary>
public sealed record PhoneArrival(StoredDevice? Device, ParticipantView? View, JoinFormAnswer? Answer);

/// <summary>
/// A join form posted without the app and refused: what was typed (so nothing is typed twice), why it was
/// refused, the language the page was read in, and the token of a phone now waiting at the door.
/// </summary>
public sealed record JoinFormAnswer(string? JoinCode, string? Pseudonym, Presence Presence, RefusalCode? Refusal, HostRefusal? Host, string? Language, string? KnockToken);

/// <summary>Where no host prerenders (the WebAssembly app): nothing arrived.</summary>
public sealed class NoPhoneVisit : IPhoneVisit
{
    public PageLanguage? Language => null;

    public Task<PhoneArrival?> ArriveAsync() => Task.FromResult<PhoneArrival?>(null);
}
