namespace OffeneVersammlung.Testing;

/// <summary>
/// The repository's folder, found upwards from the test binaries, for what tests use in place
/// rather than copied next to them (e.g. an npm folder with its node_modules).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "OffeneVersammlung.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OffeneVersammlung.sln not found above the test binaries.");
    }
}
