namespace OffeneVersammlung.Engine.Phases;

/// <summary>The phases of an assembly in their natural order.</summary>
public enum Phase
{
    Lobby,
    Welcome,
    CheckIn,
    TopicCollection,
    Clustering,
    DotVoting,
    Results,
    ProjectGroups,
    CheckOut,
    Closed,
}
