namespace OffeneVersammlung.Contracts;

/// <summary>
/// Every reason the engine can refuse a command. Screens translate the code into a sentence from
/// their resources, so the engine never carries UI text. MessagePack clients receive the number: each
/// code keeps its own (pinned in tests/Engine.Tests/StoredFormat/Golden/wire-enums).
/// </summary>
public enum RefusalCode
{
    AssemblyNotCreated = 0,
    AssemblyAlreadyCreated = 1,
    AssemblyClosed = 2,
    InvalidTemplate = 3,
    NotAllowedForRole = 4,
    WrongPhase = 5,
    TransitionNotAllowed = 6,
    NoTopicsToVoteOn = 7,
    VotesAlreadyCast = 8,
    RevealedVotesAreFinal = 9,
    TextRequired = 10,
    TextTooLong = 11,
    TextHasControlCharacters = 12,
    NotASingleWord = 13,
    ValueOutOfRange = 14,
    DuplicateId = 15,
    UnknownParticipant = 16,
    DeviceAlreadyJoined = 17,
    UnknownTopic = 18,
    NotYourTopic = 19,
    TopicNotVisible = 20,
    CannotMergeTopicIntoItself = 21,
    TopicHasVotes = 22,
    UnknownCluster = 23,
    NoDotsLeft = 24,
    TopicDotLimitReached = 25,
    NoDotOnTopic = 26,
    VotesAlreadyRevealed = 27,
    VotesNotRevealed = 28,
    TopicNotInRunOff = 29,
    PaperDotsCannotGoBelowZero = 30,
    RunOffNeedsTiedTopics = 31,
    TimerNotRunning = 32,
    TimerAlreadyRunning = 33,
    NoTimerSet = 34,
    UnknownGroup = 35,
    GroupIsFull = 36,
    AlreadyInGroup = 37,
    NotInGroup = 38,
    TooManyGoals = 39,
    NoTopicsForGroups = 40,
    NotAPaperParticipant = 41,

    /// <summary>The host's limit: too many commands from one connection, or too many wrong join codes; wait a moment.</summary>
    TooManyRequests = 42,

    /// <summary>The facilitator closed the door: nobody new joins.</summary>
    DoorClosed = 43,

    /// <summary>This phone knocked and waits for the facilitator to let it in.</summary>
    WaitingAtDoor = 44,

    /// <summary>The facilitator turned this phone away at the door.</summary>
    TurnedAwayAtDoor = 45,

    /// <summary>Nobody with this id is knocking (any more).</summary>
    UnknownKnock = 46,

    /// <summary>The speakers' list takes no new hands (it was never opened, or the facilitator closed it).</summary>
    SpeakersListClosed = 47,

    /// <summary>This person already waits on the speakers' list: one hand per person.</summary>
    HandAlreadyRaised = 48,

    /// <summary>This person is not waiting on the speakers' list (never was, lowered their hand, or was taken off).</summary>
    HandNotRaised = 49,

    /// <summary>Nobody waits and nobody speaks: there is no "next".</summary>
    NobodyWaiting = 50,

    /// <summary>"Next" was meant for a speaker who is no longer the current one (another console was quicker).</summary>
    SpeakerChanged = 51,

    /// <summary>This person is already the next speaker.</summary>
    AlreadyFirstInLine = 52,

    /// <summary>This person is speaking right now.</summary>
    AlreadySpeaking = 53,

    /// <summary>This link belongs to nobody in the group space (any more): a member who left, or no member at all.</summary>
    NotASpaceMember = 54,

    /// <summary>The group space has not been opened (or was deleted).</summary>
    GroupSpaceNotOpened = 55,

    /// <summary>The group space is already open: it is opened once, when the evening closes.</summary>
    GroupSpaceAlreadyOpened = 56,

    /// <summary>The group space has no first step with this id.</summary>
    UnknownFirstStep = 57,

    /// <summary>The group space has no meeting date with this id.</summary>
    UnknownMeetingDate = 58,

    /// <summary>The group space holds as many of these as it keeps (steps, dates or entries).</summary>
    GroupSpaceFull = 59,

    /// <summary>The last member cannot leave: the group space would belong to nobody; delete it instead.</summary>
    LastMemberStays = 60,

    /// <summary>A group space is kept 6, 12 or 24 months after its last entry, nothing else.</summary>
    RetentionNotOffered = 61,
    /// <summary>The assembly already has as many recommendations as a council reads to the end.</summary>
    TooManyRecommendations = 62,

    /// <summary>This topic is not (or no longer) one of the assembly's recommendations.</summary>
    NotARecommendation = 63,

    /// <summary>This follow-up assembly already carried its groups over: the import happens once.</summary>
    GroupsAlreadyCarriedOver = 64,

    /// <summary>This group was not carried over from last time, so it has no status to report on.</summary>
    NotACarriedGroup = 65,

    /// <summary>The carried group had no first step with this number last time.</summary>
    UnknownCarriedStep = 66,

    /// <summary>A member of this group is here on a phone: the group reports its status itself.</summary>
    GroupReportsForItself = 67,
    /// <summary>
    /// The host could not store the command (its database cannot be reached right now): nothing was decided. The
    /// phone keeps it queued and sends it again with the same id; the console asks to try again in a moment.
    /// </summary>
    StoreUnavailable = 68,
}
