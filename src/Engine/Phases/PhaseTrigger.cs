namespace OffeneVersammlung.Engine.Phases;

public enum PhaseTrigger
{
    Advance,
    StepBack,
    ReopenTopicCollection,
    RunOff,
    Close,
}
