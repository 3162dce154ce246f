using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Facilitator.Components.Wall;

/// <summary>
/// Keeps a Blazor.Diagrams diagram in step with the wall the engine laid out: one node per area and per
/// card, at the engine's boxes. Nodes are kept across updates (a drag in progress keeps its node), added
/// and removed as the view says. The diagram never decides anything: a let-go card or area is reported
/// through <see cref="CardDropped"/> and <see cref="AreaDropped"/>, and the engine's next view puts it in place.
/// </summary>
public sealed class WallDiagram : IDisposable
{
    private readonly Dictionary<Guid, CardNode> _cards = [];
    private readonly Dictionary<Guid, AreaNode> _areas = [];
    private readonly Dictionary<AreaNode, Point> _areaStarts = [];

    public WallDiagram(bool readOnly)
    {
        ReadOnly = readOnly;
        var options = new Blazor.Diagrams.Options.BlazorDiagramOptions
        {
            AllowMultiSelection = false,
            AllowPanning = true,
        };
        options.Zoom.Enabled = true;
        options.Zoom.Minimum = 0.1;
        options.Zoom.Maximum = 2.5;
        options.Groups.Enabled = false;

        // Nothing on the wall is deleted or linked in the browser: that would be a change the engine never saw.
        options.Constraints.ShouldDeleteNode = _ => ValueTask.FromResult(false);
        Diagram = new BlazorDiagram(options);
        Diagram.UnregisterBehavior<KeyboardShortcutsBehavior>();
        Diagram.UnregisterBehavior<DragNewLinkBehavior>();
        Diagram.RegisterComponent<CardNode, CardWidget>();
        Diagram.RegisterComponent<AreaNode, AreaWidget>();
    }

    public BlazorDiagram Diagram { get; }

    public bool ReadOnly { get; }

    public WallView? Wall { get; private set; }

    /// <summary>A card was let go at its node's current top-left corner.</summary>
    public event Action<CardNode, WallDrop>? CardDropped;

    /// <summary>An area was let go at a new top-left corner.</summary>
    public event Action<AreaNode, int, int>? AreaDropped;

    public IReadOnlyCollection<CardNode> Cards => _cards.Values;

    public IReadOnlyCollection<AreaNode> Areas => _areas.Values;

    public void Show(WallView wall, IReadOnlyList<TopicCard> topics, IReadOnlyList<ClusterCard> clusters)
    {
        Wall = wall;
        Diagram.Batch(() =>
        {
            var labels = clusters.ToDictionary(c => c.Id, c => c.Label);
            foreach (var area in wall.Areas)
            {
                var node = _areas.GetValueOrDefault(area.ClusterId) ?? AddArea(area.ClusterId, area.Box);
                node.Label = labels.GetValueOrDefault(area.ClusterId, string.Empty);
                node.Count = wall.Cards.Count(c => topics.FirstOrDefault(t => t.Id == c.TopicId)?.ClusterId == area.ClusterId);
                Place(node, area.Box);
            }

            var byId = topics.ToDictionary(t => t.Id);
            foreach (var card in wall.Cards)
            {
                if (!byId.TryGetValue(card.TopicId, out var topic))
                {
                    continue;
                }

                var node = _cards.GetValueOrDefault(card.TopicId) ?? AddCard(card.TopicId, card.Box);
                node.Number = topic.Number;
                node.Text = topic.Text;
                node.ClusterId = topic.ClusterId is { } id && labels.ContainsKey(id) ? id : null;
                Place(node, card.Box);
            }

            RemoveGone(_areas, wall.Areas.Select(a => a.ClusterId));
            RemoveGone(_cards, wall.Cards.Select(c => c.TopicId));
        });
    }

    /// <summary>Puts a card back at the engine's box (a drop that changed nothing, or one the facilitator took back).</summary>
    public void Reset(CardNode node)
    {
        if (Wall?.Cards.FirstOrDefault(c => c.TopicId == node.TopicId) is { } card)
        {
            node.SetPosition(card.Box.X, card.Box.Y);
            node.Refresh();
        }
    }

    public void Dispose()
    {
        foreach (var node in _cards.Values)
        {
            node.Moved -= OnCardMoved;
        }

        foreach (var node in _areas.Values)
        {
            node.Moved -= OnAreaMoved;
            node.Moving -= OnAreaMoving;
        }
    }

    private CardNode AddCard(Guid topicId, WallBox box)
    {
        var node = new CardNode(topicId, new Point(box.X, box.Y)) { Locked = ReadOnly };
        node.Moved += OnCardMoved;
        _cards.Add(topicId, node);
        Diagram.Nodes.Add(node);
        return node;
    }

    private AreaNode AddArea(Guid clusterId, WallBox box)
    {
        var node = new AreaNode(clusterId, new Point(box.X, box.Y)) { Locked = ReadOnly };
        node.Moved += OnAreaMoved;
        node.Moving += OnAreaMoving;
        _areas.Add(clusterId, node);
        Diagram.Nodes.Add(node);
        return node;
    }

    private static void Place(Blazor.Diagrams.Core.Models.NodeModel node, WallBox box)
    {
        node.Size = new Size(box.Width, box.Height);
        if (node.Position.X != box.X || node.Position.Y != box.Y)
        {
            node.SetPosition(box.X, box.Y);
        }

        node.Refresh();
    }

    private void RemoveGone<TNode>(Dictionary<Guid, TNode> nodes, IEnumerable<Guid> shown)
        where TNode : Blazor.Diagrams.Core.Models.NodeModel
    {
        var keep = shown.ToHashSet();
        foreach (var (id, node) in nodes.Where(n => !keep.Contains(n.Key)).ToList())
        {
            nodes.Remove(id);
            Diagram.Nodes.Remove(node);
        }
    }

    private void OnCardMoved(MovableModel model)
    {
        if (model is CardNode node && Wall is { } wall)
        {
            CardDropped?.Invoke(node, WallDrop.Of(wall, node.TopicId, node.ClusterId, node.Position.X, node.Position.Y));
        }
    }

    private void OnAreaMoving(Blazor.Diagrams.Core.Models.NodeModel model)
    {
        // The area's cards follow it while it is dragged, as a sheet of paper carries what is stuck on it.
        if (model is not AreaNode area)
        {
            return;
        }

        var box = Wall?.Areas.FirstOrDefault(a => a.ClusterId == area.ClusterId)?.Box;
        if (box is null)
        {
            return;
        }

        var start = _areaStarts.TryGetValue(area, out var known) ? known : new Point(box.X, box.Y);
        _areaStarts[area] = start;
        var dx = area.Position.X - start.X;
        var dy = area.Position.Y - start.Y;
        foreach (var card in _cards.Values.Where(c => c.ClusterId == area.ClusterId))
        {
            if (Wall!.Cards.FirstOrDefault(c => c.TopicId == card.TopicId) is { } placed)
            {
                card.SetPosition(placed.Box.X + dx, placed.Box.Y + dy);
            }
        }
    }

    private void OnAreaMoved(MovableModel model)
    {
        if (model is AreaNode area)
        {
            _areaStarts.Remove(area);
            AreaDropped?.Invoke(area, (int)Math.Round(area.Position.X), (int)Math.Round(area.Position.Y));
        }
    }
}
