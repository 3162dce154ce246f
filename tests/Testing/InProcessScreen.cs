using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Updates;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A screen in the host's own process, following an assembly as the console and the projector do
/// (<see cref="ScreenFeeds"/>): it records every view it is handed and the deletion, and lets a test
/// await a version without sleeping.
/// </summary>
public sealed class InProcessScreen<TView> : IDisposable
    where TView : class
{
    private readonly GuardedState _state = new();
    private readonly List<TView> _views = [];
    private readonly Func<TView, long> _versionOf;
    private readonly IDisposable _following;

    internal InProcessScreen(Func<Action<TView>, Action<AssemblyDeleted>, IDisposable> follow, Func<TView, long> versionOf)
    {
        _versionOf = versionOf;
        _following = follow(view => _state.Update(() => _views.Add(view)), deleted => _state.Update(() => Deleted = deleted));
    }

    /// <summary>Every view handed to the screen, in order.</summary>
    public IReadOnlyList<TView> Views
    {
        get => _state.Read<IReadOnlyList<TView>>(() => [.. _views]);
    }

    /// <summary>The version of the newest view the screen was handed, or -1.</summary>
    public long Version
    {
        get => _state.Read(() => _views.Count == 0 ? -1 : _views.Max(_versionOf));
    }

    public AssemblyDeleted? Deleted { get; private set; }

    public Task<TView> AtAsync(long version) =>
        _state.WaitFor(() => _views.Any(v => _versionOf(v) >= version), () => _views.Last(v => _versionOf(v) >= version));

    public Task<AssemblyDeleted> DeletedAsync() => _state.WaitFor(() => Deleted is not null, () => Deleted!);

    public void Dispose() => _following.Dispose();

}

/// <summary>The in-process screens a test can open: the console and the projector.</summary>
public static class InProcessScreen
{
    public static InProcessScreen<FacilitatorView> Console(HostFactory host, Guid assemblyId) =>
        new((show, deleted) => Feeds(host).FollowConsole(assemblyId, show, deleted), v => v.Board.Version);

    public static InProcessScreen<PublicBoard> Projector(HostFactory host, Guid assemblyId) =>
        new((show, deleted) => Feeds(host).FollowRoom(assemblyId, show, deleted), b => b.Version);

    private static ScreenFeeds Feeds(HostFactory host) => host.Services.GetRequiredService<ScreenFeeds>();
}
