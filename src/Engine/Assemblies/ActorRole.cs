namespace OffeneVersammlung.Engine.Assemblies;

public enum ActorRole
{
    Facilitator,
    Participant,
}
