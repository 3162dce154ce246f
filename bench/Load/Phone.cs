using Microsoft.AspNetCore.SignalR.Client;

namespace OffeneVersammlung.Bench.Load;

/// <summary>A joined participant's connection, and whether its next vote casts or removes a dot.</summary>
public sealed class Phone(HubConnection connection, Guid participantId, Receipts receipts)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private bool _holdsDot;

    public HubConnection Connection { get; } = connection;

    public Guid ParticipantId { get; } = participantId;

    public Receipts Receipts { get; } = receipts;

    /// <summary>Casts a dot, or removes the one it cast before: a steady stream that never runs out of budget.</summary>
    public async Task<Answer> VoteAsync(Guid topic)
    {
        await _one.WaitAsync();
        try
        {
            var method = _holdsDot ? "RemoveDot" : "CastDot";
            var answer = await Connection.InvokeAsync<Answer>(method, Guid.NewGuid(), topic);
            if (answer.Accepted)
            {
                _holdsDot = !_holdsDot;
            }

            return answer;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Brings a new topic while topics are collected: a card every phone's board shows.</summary>
    public Task<Answer> SubmitTopicAsync(string text) =>
        Connection.InvokeAsync<Answer>("SubmitTopic", Guid.NewGuid(), Guid.NewGuid(), text, (string?)null);
}
