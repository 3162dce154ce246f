namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>The app's processes of one run (one, or several on one store and one backplane); killed together.</summary>
public sealed class AppNodes(IReadOnlyList<ServerProcess> nodes) : IAsyncDisposable
{
    public IReadOnlyList<ServerProcess> Nodes { get; } = nodes;

    /// <summary>Node A: where assemblies are created and set up, and the console probe follows them.</summary>
    public ServerProcess First => Nodes[0];

    public Uri[] Addresses => [.. Nodes.Select(n => n.Address)];

    public int[] ProcessIds => [.. Nodes.Select(n => n.Id)];

    public long ResidentBytes => Nodes.Sum(n => n.ResidentBytes);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}
