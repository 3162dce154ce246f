namespace OffeneVersammlung.Participant.Components;

/// <summary>
/// The <see cref="ViewSlice"/> a component last rendered. Its <c>ShouldRender</c> asks <see cref="Changed"/>;
/// the first render is not asked (Blazor always renders a component once), so the component tells it with
/// <see cref="First"/> when its first parameters are set.
/// </summary>
public sealed class ShownSlice
{
    private ViewSlice? _shown;

    /// <summary>
    /// What the first render shows, asked for only then: a component is handed its parameters with every render of its
    /// parent, and in a circuit a slice of a long topic list costs per phone and push (issue 12).
    /// </summary>
    public void First(Func<ViewSlice> slice) => _shown ??= slice();

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
