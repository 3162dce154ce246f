namespace OffeneVersammlung.Contracts;

/// <summary>
/// Every reason the engine can refuse a command. Screens translate the code into a sentence from
/// their resources, so the engine never carries UI text.
/// </summary>
public enum RefusalCode
{
    AssemblyNotCreated,
    AssemblyAlreadyCreated,
    AssemblyClosed,
    InvalidTemplate,
    NotAllowedForRole,
    WrongPhase,
    TransitionNotAllowed,
    NoTopicsToVoteOn,
    VotesAlreadyCast,
    RevealedVotesAreFinal,
    TextRequired,
    TextTooLong,
    TextHasControlCharacters,
    NotASingleWord,
    ValueOutOfRange,
    DuplicateId,
    UnknownParticipant,
    DeviceAlreadyJoined,
    UnknownTopic,
    NotYourTopic,
    TopicNotVisible,
    CannotMergeTopicIntoItself,
    TopicHasVotes,
    UnknownCluster,
    NoDotsLeft,
    TopicDotLimitReached,
    NoDotOnTopic,
    VotesAlreadyRevealed,
    VotesNotRevealed,
    TopicNotInRunOff,
    PaperDotsCannotGoBelowZero,
    RunOffNeedsTiedTopics,
    TimerNotRunning,
    TimerAlreadyRunning,
    NoTimerSet,
    UnknownGroup,
    GroupIsFull,
    AlreadyInGroup,
    NotInGroup,
    TooManyGoals,
    NoTopicsForGroups,
    NotAPaperParticipant,

    /// <summary>The host's limit: too many commands from one connection, or too many wrong join codes; wait a moment.</summary>
    TooManyRequests,

    /// <summary>The facilitator closed the door: nobody new joins.</summary>
    DoorClosed,

    /// <summary>This phone knocked and waits for the facilitator to let it in.</summary>
    WaitingAtDoor,

    /// <summary>The facilitator turned this phone away at the door.</summary>
    TurnedAwayAtDoor,

    /// <summary>Nobody with this id is knocking (any more).</summary>
    UnknownKnock,
}
