namespace OffeneVersammlung.Engine.Participants;

/// <summary>How a person takes part: on their own phone, or on paper through the facilitator.</summary>
public enum Channel
{
    Phone,
    Paper,
}
