using System.Globalization;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Enums the hub sends but nothing stores: MessagePack clients (and phones on an older app) read their
/// numbers, so a member that moves changes what every such client understands.
/// </summary>
public class WireEnumTests
{
    private static readonly Type[] WireEnums = [typeof(RefusalCode), typeof(HostRefusal), typeof(ConnectionRole)];

    public static TheoryData<string> Names => [.. WireEnums.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_member_of_an_enum_on_the_wire_keeps_its_number(string name)
    {
        var type = WireEnums.Single(e => e.Name == name);

        PinnedTable.Check(
            $"wire-enums/{name}.json",
            Enum.GetNames(type).ToDictionary(n => n, n => Convert.ToInt64(Enum.Parse(type, n), CultureInfo.InvariantCulture)));
    }
}
