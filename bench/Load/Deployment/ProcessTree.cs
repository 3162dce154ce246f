namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>Child processes from /proc (the PostgreSQL server's backends), for their CPU time.</summary>
public static class ProcessTree
{
    public static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // gone meanwhile
            }

            // pid (comm) state ppid …
            if (int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]) == parent)
            {
                yield return pid;
            }
        }
    }
}
