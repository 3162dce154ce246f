using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Topics;

[MessagePackObject]
public sealed record TopicSubmitted(
    [property: Key(0)] Guid TopicId,
    [property: Key(1)] Guid? AuthorId,
    [property: Key(2)] string Text,
    [property: Key(3)] string? Category,
    [property: Key(4)] TopicSource Source,
    [property: Key(5)] TopicVisibility Visibility,
    [property: Key(6)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.TopicsById.Add(TopicId, new Topic(TopicId, state.NextTopicNumber++, AuthorId, Text, Category, Source, Visibility));
}
