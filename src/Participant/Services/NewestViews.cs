using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The newest board and own view this phone has seen of the assembly it takes part in. Pushes and
/// replies overtake each other on the line: a phase change pushed while the join reply is on its
/// way arrives first. So every view is kept by whose it is and replaces only an older one of the
/// same assembly or person, and the reply only says which of them the phone follows from now on.
/// </summary>
public sealed class NewestViews
{
    private readonly Dictionary<Guid, PublicBoard> _boards = [];
    private readonly Dictionary<Guid, OwnView> _own = [];
    private (Guid Assembly, Guid Participant)? _followed;

    public PublicBoard? Board => _followed is { } f ? _boards.GetValueOrDefault(f.Assembly) : null;

    public OwnView? Own => _followed is { } f ? _own.GetValueOrDefault(f.Participant) : null;

    /// <summary>Keeps what is newer than what is held of the same assembly or person; says whether what the phone shows changed.</summary>
    public bool Apply(PublicBoard? board, OwnView? own)
    {
        var changed = false;
        if (board is not null && Replaces(board.Version, _boards.GetValueOrDefault(board.AssemblyId)?.Version))
        {
            _boards[board.AssemblyId] = board;
            changed |= _followed?.Assembly == board.AssemblyId;
        }

        if (own is not null && Replaces(own.Version, _own.GetValueOrDefault(own.ParticipantId)?.Version))
        {
            _own[own.ParticipantId] = own;
            changed |= _followed?.Participant == own.ParticipantId;
        }

        return changed;
    }

    /// <summary>After a join or resume: from now on the phone shows this assembly, as this person; views of any other are forgotten.</summary>
    public void Follow(Guid assemblyId, Guid participantId)
    {
        _followed = (assemblyId, participantId);
        Forget(_boards, assemblyId);
        Forget(_own, participantId);
    }

    public void Clear()
    {
        _followed = null;
        _boards.Clear();
        _own.Clear();
    }

    private static bool Replaces(long version, long? held) => version > (held ?? -1);

    private static void Forget<TView>(Dictionary<Guid, TView> views, Guid keep)
    {
        foreach (var key in views.Keys.Where(key => key != keep).ToList())
        {
            views.Remove(key);
        }
    }
}
