using System.Text;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// A committed name → number table (event kinds and their union keys, enum members and their values).
/// A pinned entry must keep its number; an entry that is not pinned yet is added with
/// <c>OV_GOLDEN=write</c> and fails otherwise, and never with a number that is pinned already; a pinned
/// entry that disappeared always fails, because stored bytes may still carry it.
/// </summary>
internal static class PinnedTable
{
    public static void Check(string relative, IReadOnlyDictionary<string, long> today)
    {
        var pinned = GoldenFiles.Exists(relative) ? StoredJson.Table<long>(GoldenFiles.ReadText(relative)) : [];
        var problems = new List<string>();
        foreach (var (name, number) in pinned)
        {
            if (!today.TryGetValue(name, out var now))
            {
                problems.Add($"{name} = {number} is pinned but no longer exists");
            }
            else if (now != number)
            {
                problems.Add($"{name} is pinned as {number} but is {now} today");
            }
        }

        var added = today.Where(e => !pinned.ContainsKey(e.Key)).ToList();
        foreach (var (name, number) in added.Where(e => pinned.ContainsValue(e.Value)).ToList())
        {
            problems.Add($"{name} = {number} takes the number of {pinned.First(p => p.Value == number).Key}: give it the next free one");
            added.RemoveAll(e => e.Key == name);
        }

        if (added.Count > 0 && GoldenFiles.MayWriteMissing)
        {
            foreach (var (name, number) in added)
            {
                pinned[name] = number;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(GoldenFiles.PathOf(relative))!);
            File.WriteAllText(GoldenFiles.PathOf(relative), StoredJson.Of(pinned.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).ToDictionary()), new UTF8Encoding(false));
        }
        else
        {
            problems.AddRange(added.Select(e => $"{e.Key} = {e.Value} is not pinned yet (run with {GoldenFiles.WriteVariable}=write and commit {relative})"));
        }

        Assert.True(problems.Count == 0, $"{relative}: {string.Join("; ", problems)}");
    }
}
