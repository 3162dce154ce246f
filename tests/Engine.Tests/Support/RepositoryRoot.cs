namespace OffeneVersammlung.Engine.Tests.Support;

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seeds(params string[] parts) => System.IO.Path.Combine([Path, "seeds", .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OffeneVersammlung.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OffeneVersammlung.sln not found above the test binaries.");
    }
}
