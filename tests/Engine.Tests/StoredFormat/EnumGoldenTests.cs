namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>Stored enums are numbers in the bytes: a member that moves changes what every stored event means.</summary>
public class EnumGoldenTests
{
    public static TheoryData<string> StoredEnums => [.. StoredTypes.Enums.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void Every_member_of_a_stored_enum_keeps_its_number(string name)
    {
        var type = StoredTypes.Enums.Single(e => e.Name == name);

        PinnedTable.Check(
            $"enums/{name}.json",
            Enum.GetNames(type).ToDictionary(n => n, n => Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void No_two_members_of_a_stored_enum_share_a_number(string name)
    {
        // A member added without a number takes the one after its predecessor, which may already be taken.
        var type = StoredTypes.Enums.Single(e => e.Name == name);
        var shared = Enum.GetNames(type).GroupBy(n => Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)).Where(g => g.Count() > 1);

        Assert.Empty(shared.Select(g => $"{string.Join(" and ", g)} = {g.Key}"));
    }

    [Fact]
    public void Every_pinned_enum_is_still_stored()
    {
        var pinned = Directory.GetFiles(GoldenFiles.PathOf("enums"), "*.json").Select(Path.GetFileNameWithoutExtension);

        Assert.Empty(pinned.Except(StoredTypes.Enums.Select(e => e.Name)));
    }
}
