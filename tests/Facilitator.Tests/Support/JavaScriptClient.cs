using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Support;

/// <summary>
/// Runs the official SignalR JavaScript client (npm packages in js/, installed by scripts/test.sh)
/// with node against the real host, and reads the one line it prints.
/// </summary>
public static class JavaScriptClient
{
    private static readonly string Folder = RepositoryRoot.Combine("tests", "Facilitator.Tests", "js");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Node's start, the connection and the script's own wait for a push all fit well inside; this only stops a hang.
    private static readonly TimeSpan ProcessLimit = HangGuard.Limit * 2;

    /// <summary>Joins as a phone and sends one dot <paramref name="sends"/> times with the same command id.</summary>
    public static async Task<JavaScriptRun> JoinAndVoteAsync(HostFactory host, string joinCode, Guid topicId, int sends = 1)
    {
        var packages = Path.Combine(Folder, "node_modules", "@microsoft", "signalr-protocol-msgpack");
        Assert.True(Directory.Exists(packages), $"npm packages missing: run `npm ci` in {Folder} (scripts/test.sh does)");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "join-and-vote.mjs", host.BaseAddress.ToString(), joinCode, topicId.ToString(), sends.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Started(start);
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        try
        {
            await node.WaitForExitAsync().WaitAsync(ProcessLimit);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }

        var (stdout, stderr) = (await output, await errors);
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}:\n{stderr}\n{stdout}");
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        Assert.False(string.IsNullOrEmpty(line), $"node printed no result:\n{stderr}");
        return JsonSerializer.Deserialize<JavaScriptRun>(line, Json) ?? throw new InvalidDataException($"not a result: {line}");
    }

    private static Process Started(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node is not on PATH (scripts/test.sh installs it)", e);
        }
    }
}
