using System.Reflection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Rules;

public sealed class EmptyIdTests
{
    public static TheoryData<string, string> EveryIdOfEveryCommand()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in CommandTypes())
        {
            foreach (var parameter in PrimaryConstructor(type).GetParameters().Where(p => IsId(p.ParameterType)))
            {
                data.Add(type.Name, parameter.Name!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryIdOfEveryCommand))]
    public void Every_id_of_every_command_refuses_the_empty_guid(string command, string id)
    {
        var assembly = new AssemblyDriver();
        var type = CommandTypes().Single(t => t.Name == command);

        var decision = assembly.Facilitate(Build(type, emptyId: id));

        decision.AssertRefused(RefusalCode.ValueOutOfRange);
        Assert.Equal(id, decision.Refusal!.Detail);
    }

    [Fact]
    public void The_empty_guid_is_no_paper_participant_and_nobody_submits_or_votes_for_it()
    {
        var assembly = new AssemblyDriver();
        var added = assembly.Facilitate(new AddPaperParticipant(Guid.NewGuid(), Guid.Empty, "Niemand", Presence.InRoom));
        assembly.AdvanceTo(Phase.TopicCollection);
        var submitted = assembly.Facilitate(new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), Guid.Empty, "Ein Thema", null));
        var topic = assembly.AddPaperTopic("Bank am Platz");
        assembly.AdvanceTo(Phase.DotVoting);
        var dotted = assembly.Facilitate(new CastDot(Guid.NewGuid(), Guid.Empty, topic));

        added.AssertRefused(RefusalCode.ValueOutOfRange);
        submitted.AssertRefused(RefusalCode.ValueOutOfRange);
        dotted.AssertRefused(RefusalCode.ValueOutOfRange);
        Assert.Null(assembly.State.FindParticipant(Guid.Empty));
    }

    private static IEnumerable<Type> CommandTypes() =>
        typeof(AssemblyCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AssemblyCommand)) && !t.IsAbstract).OrderBy(t => t.Name);

    private static ConstructorInfo PrimaryConstructor(Type type) => type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;

    private static bool IsId(Type type) => type == typeof(Guid) || type == typeof(Guid?) || typeof(IEnumerable<Guid>).IsAssignableFrom(type);

    /// <summary>The command with fresh ids everywhere but one, and defaults for everything else.</summary>
    private static AssemblyCommand Build(Type type, string emptyId)
    {
        var arguments = PrimaryConstructor(type).GetParameters().Select(p =>
        {
            var id = p.Name == emptyId ? Guid.Empty : Guid.NewGuid();
            return p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?) ? id
                : IsId(p.ParameterType) ? new[] { Guid.NewGuid(), id }
                : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType)
                : null;
        }).ToArray();
        return (AssemblyCommand)PrimaryConstructor(type).Invoke(arguments);
    }
}
