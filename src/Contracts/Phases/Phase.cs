namespace OffeneVersammlung.Contracts;

/// <summary>
/// The phases of an assembly. Their order comes from the template, not from the numbers: the numbers
/// only name a phase in stored events, so they are fixed; a new phase takes the next free number,
/// wherever it runs in the evening (docs/decisions/0009-stored-format.md).
/// </summary>
public enum Phase
{
    Lobby = 0,
    Welcome = 1,
    CheckIn = 2,
    TopicCollection = 3,
    Clustering = 4,
    DotVoting = 5,
    Results = 6,
    ProjectGroups = 7,
    CheckOut = 8,
    Closed = 9,

    /// <summary>"Aussprache": the plenary talks, with the speakers' list as the phase's work.</summary>
    Discussion = 10,
}
