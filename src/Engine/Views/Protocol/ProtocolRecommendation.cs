namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// One of the assembly's recommendations in the protocol, in the facilitator's order (<see cref="Position"/> from 1):
/// the topic as the room saw it, its rank and dots of the main round, and the sentence.
/// </summary>
public sealed record ProtocolRecommendation(int Position, Guid TopicId, int TopicNumber, string TopicText, int? Rank, int? Dots, string Sentence);
