using Npgsql;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresEveningTests(PostgresHostFactory host) : IClassFixture<PostgresHostFactory>
{
    [Fact]
    public async Task An_evening_on_PostgreSQL_votes_reveals_and_keeps_every_event_in_the_database()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        var phones = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => LiveClient.ParticipantAsync(host, created.JoinCode, $"Nachbar {i}")));
        try
        {
            await Task.WhenAll(phones.Select(p => p.DoAsync("CastDot", Guid.NewGuid(), topic)));
            var revealed = await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));

            foreach (var phone in phones)
            {
                var board = await phone.BoardAtAsync(revealed.Version);
                Assert.True(board.Voting.IsRevealed);
                Assert.Equal(6, board.Results!.Ranking.Single(r => r.TopicId == topic).Totals[0]);
            }

            await using var source = NpgsqlDataSource.Create(host.ConnectionString);
            var stored = await new PostgresEventStore(source).GetVersionAsync(AssemblyRepository.StreamOf(created.AssemblyId));
            Assert.Equal(revealed.Version, stored);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }
}
