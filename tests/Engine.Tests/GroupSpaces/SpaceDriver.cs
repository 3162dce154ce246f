using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Engine.Tests.GroupSpaces;

/// <summary>A group space opened the way the host opens it after an evening: Ayşe on a phone, Heinz on paper, Mira on a phone.</summary>
internal sealed class SpaceDriver
{
    public static readonly Guid SpaceId = Guid.Parse("6a0c1e2d-4b3a-4f5e-8d7c-4d5e6f7a8b01");
    public static readonly Guid Ayse = Guid.Parse("a1e5a1e5-0001-4d2c-9a7b-3c4d5e6f7a81");
    public static readonly Guid Heinz = Guid.Parse("4e1e2a00-0002-4b1c-8d9e-0f1a2b3c4d52");
    public static readonly Guid Mira = Guid.Parse("3a1a0000-0003-4b1c-8d9e-0f1a2b3c4d53");

    public SpaceDriver()
    {
        Space.Execute(
            new OpenGroupSpace(
                Guid.NewGuid(),
                SpaceId,
                "Offene Versammlung im Hofkiez",
                Now,
                new SpaceProfile("Hof-Frühstück", "Die Häuser kennen sich nicht", ["Ein Frühstück im Juni"], "Jede:r lernt jemanden kennen", null, null, "Tische", null),
                ["Hausverwaltung fragen", "Aushang machen"],
                Now.AddDays(14),
                "Hof, Haus 3",
                [new SpaceMember(Ayse, "Ayşe", false), new SpaceMember(Heinz, "Heinz", true), new SpaceMember(Mira, "Mira", false)]),
            null,
            Now).AssertAccepted();
    }

    public GroupSpace Space { get; } = new();

    public GroupSpaceState State => Space.State;

    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 21, 15, 0, TimeSpan.FromHours(1));

    public SpaceDecision By(Guid memberId, GroupSpaceCommand command) => Space.Execute(command, memberId, Now);

    public MemberSpaceView ViewOf(Guid memberId) => MemberSpaceView.For(State, memberId, Now)!;
}
