using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Updates;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// A screen that shows one assembly live, in-process: it checks the secret link once, reads the view,
/// then follows its audience's views through <see cref="ScreenFeeds"/>: the views the update pipeline
/// built for the hub, at the same pace (no SignalR connection back to its own server). The newest
/// version wins; once the assembly is deleted, nothing of it shows again.
/// </summary>
public abstract class LiveScreen<TView> : ComponentBase, IDisposable
    where TView : class
{
    private IDisposable? _subscription;
    private long _version = -1;

    [Parameter]
    public Guid AssemblyId { get; set; }

    [Inject]
    protected LiveAssemblies Assemblies { get; set; } = null!;

    [Inject]
    protected ScreenFeeds Feeds { get; set; } = null!;

    [Inject]
    protected Admission Admission { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    protected ScreenStatus Status { get; private set; } = ScreenStatus.Connecting;

    protected TView? View { get; private set; }

    /// <summary>Who the secret link admitted this screen as; null until then, or when it was refused.</summary>
    protected ConnectionBinding? Binding { get; private set; }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Checks the link's secret for this screen's role.</summary>
    protected abstract Task<Admitted> AdmitAsync(Guid assemblyId, string? secret);

    /// <summary>Follows this screen's audience in the pipeline: the room's or the console's views.</summary>
    protected abstract IDisposable Follow(ScreenFeeds feeds, Guid assemblyId, Action<TView> show, Action<AssemblyDeleted> deleted);

    /// <summary>This screen's view read from the assembly now.</summary>
    protected abstract TView ViewOf(OpenAssembly assembly, DateTimeOffset now);

    protected abstract long VersionOf(TView view);

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return; // the secret is in the address fragment, which only the running page can see
        }

        var admitted = await AdmitAsync(AssemblyId, ScreenLink.SecretOf(Navigation.Uri));
        if (admitted.Binding is null)
        {
            Status = ScreenStatus.Refused;
            return;
        }

        Binding = admitted.Binding;

        // Subscribe first, read second: a change in between arrives as an update with a newer version.
        var culture = ScreenCulture.Current;
        _subscription = Follow(
            Feeds,
            AssemblyId,
            view => _ = InvokeAsync(culture.Around(() => Show(view))),
            deleted => _ = InvokeAsync(culture.Around(Forget)));
        var view = await Assemblies.ReadAsync(AssemblyId, (assembly, now) => ViewOf(assembly, now));
        if (view is null)
        {
            Status = ScreenStatus.Gone;
            return;
        }

        Show(view);
    }

    private void Show(TView view)
    {
        var version = VersionOf(view);
        if (version <= _version)
        {
            return;
        }

        _version = version;
        View = view;
        Status = ScreenStatus.Live;
        OnViewChanged(view);
        StateHasChanged();
    }

    /// <summary>The assembly was deleted (by the facilitator or its retention): nothing of it stays on the screen.</summary>
    private void Forget()
    {
        _version = long.MaxValue; // a read that raced the deletion must not bring it back
        View = null;
        Status = ScreenStatus.Gone;
        StateHasChanged();
    }

    /// <summary>Called on the renderer's thread whenever a newer view arrived.</summary>
    protected virtual void OnViewChanged(TView view)
    {
    }
}
