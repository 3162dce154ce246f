namespace OffeneVersammlung.Participant.Components;

/// <summary>
/// The <see cref="ViewSlice"/> a component last rendered. Its <c>ShouldRender</c> asks <see cref="Changed"/>;
/// the first render is not asked (Blazor always renders a component once), so the component tells it with
/// <see cref="First"/> when its first parameters are set.
/// </summary>
public sealed class ShownSlice
{
    private ViewSlice? _shown;

    /// <summary>What the first render shows; later calls change nothing.</summary>
    public void First(ViewSlice slice) => _shown ??= slice;

    /// <summary>Whether <paramref name="slice"/> differs from what was rendered last; if so, it is what renders now.</summary>
    public bool Changed(ViewSlice slice)
    {
        if (slice.Equals(_shown))
        {
            return false;
        }

        _shown = slice;
        return true;
    }
}
