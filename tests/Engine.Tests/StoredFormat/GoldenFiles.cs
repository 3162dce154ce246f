using System.Text;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// The committed golden files in the source tree (not copied to the test output, so a written file lands
/// where it is committed). A missing golden file fails the test, unless the run sets
/// <c>OV_GOLDEN=write</c>: then it is written from today's build and the test passes; commit it.
/// Existing golden files are never overwritten: they are what an older build wrote.
/// </summary>
internal static class GoldenFiles
{
    public const string WriteVariable = "OV_GOLDEN";

    public static string Folder { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "tests", "Engine.Tests", "StoredFormat", "Golden");

    public static bool MayWriteMissing => Environment.GetEnvironmentVariable(WriteVariable) == "write";

    public static string PathOf(string relative) => System.IO.Path.Combine(Folder, relative);

    public static bool Exists(string relative) => File.Exists(PathOf(relative));

    public static byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8).ReplaceLineEndings("\n");

    /// <summary>Reads the golden file, or writes it from <paramref name="today"/> when allowed; fails when it is missing otherwise.</summary>
    public static byte[] BytesOrWrite(string relative, Func<byte[]> today)
    {
        EnsureWritten(relative, () => File.WriteAllBytes(PathOf(relative), today()));
        return ReadBytes(relative);
    }

    public static string TextOrWrite(string relative, Func<string> today)
    {
        EnsureWritten(relative, () => File.WriteAllText(PathOf(relative), today().ReplaceLineEndings("\n"), new UTF8Encoding(false)));
        return ReadText(relative);
    }

    public static void EnsureWritten(string relative, Action write)
    {
        if (Exists(relative))
        {
            return;
        }

        AssertMayWrite(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(PathOf(relative))!);
        write();
    }

    /// <summary>Fails unless this run may write the missing golden file <paramref name="relative"/>.</summary>
    public static void AssertMayWrite(string relative) =>
        Assert.True(
            MayWriteMissing,
            $"Golden file {relative} is missing. Run the test once with {WriteVariable}=write to write it from today's build, review it and commit it.");
}
