using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Topics;

[MessagePackObject]
public sealed record TopicEdited([property: Key(0)] Guid TopicId, [property: Key(1)] string Text, [property: Key(2)] string? Category) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        var topic = state.TopicsById[TopicId];
        topic.Text = Text;
        topic.Category = Category;
    }
}
