using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>What both group space link tables do: run for SQLite and PostgreSQL. <see cref="CreateLinks"/> is another node's table on the same database.</summary>
public abstract class GroupSpaceLinksContract : IAsyncLifetime
{
    private readonly Guid _space = Guid.NewGuid();
    private readonly Guid _assembly = Guid.NewGuid();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected abstract IGroupSpaceLinks CreateLinks();

    [Fact]
    public async Task A_member_s_link_is_drawn_once_and_found_from_another_node_by_token_participant_and_space()
    {
        var (member, participant) = (Guid.NewGuid(), Guid.NewGuid());
        var token = await CreateLinks().GetOrCreateMemberAsync(_space, member, _assembly, participant);

        var other = CreateLinks();
        Assert.Equal(token, await other.GetOrCreateMemberAsync(_space, member, _assembly, participant));
        Assert.Equal(new GroupSpaceLink(token, _space, member, _assembly), await other.FindAsync(token));
        Assert.Equal(token, await other.FindByParticipantAsync(_assembly, participant));
        Assert.Equal(token, Assert.Single(await other.MemberTokensAsync(_space)).Value);
        Assert.Null(await other.FindByParticipantAsync(_assembly, Guid.NewGuid()));
        Assert.Null(await other.FindAsync("AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(await other.FindAsync("not a token"));
        Assert.Null(await other.FindAsync(null));
    }

    [Fact]
    public async Task Two_nodes_drawing_the_same_member_s_link_at_once_hand_out_one_token()
    {
        var (member, participant) = (Guid.NewGuid(), Guid.NewGuid());
        var nodes = new[] { CreateLinks(), CreateLinks() };

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => nodes[i % 2].GetOrCreateMemberAsync(_space, member, _assembly, participant))));

        Assert.Single(tokens.Distinct());
        Assert.Single(await CreateLinks().MemberTokensAsync(_space));
    }

    [Fact]
    public async Task Two_nodes_switching_the_public_profile_on_at_once_draw_one_public_token_that_opens_no_member()
    {
        var nodes = new[] { CreateLinks(), CreateLinks() };
        Assert.Null(await nodes[0].FindPublicAsync(_space));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => nodes[i % 2].GetOrCreatePublicAsync(_space))));

        var token = Assert.Single(tokens.Distinct());
        Assert.Equal(token, await nodes[1].FindPublicAsync(_space));
        Assert.Equal(new GroupSpaceLink(token, _space, null, null), await nodes[0].FindAsync(token));
        Assert.Empty(await nodes[0].MemberTokensAsync(_space));
    }

    [Fact]
    public async Task A_member_who_left_loses_their_link_and_the_others_keep_theirs_until_the_space_is_deleted()
    {
        var links = CreateLinks();
        var (ayse, ben) = (Guid.NewGuid(), Guid.NewGuid());
        var ayseToken = await links.GetOrCreateMemberAsync(_space, ayse, _assembly, Guid.NewGuid());
        var benToken = await links.GetOrCreateMemberAsync(_space, ben, _assembly, Guid.NewGuid());
        var publicToken = await links.GetOrCreatePublicAsync(_space);
        var elsewhere = await links.GetOrCreateMemberAsync(Guid.NewGuid(), Guid.NewGuid(), _assembly, Guid.NewGuid());

        await CreateLinks().DeleteMemberAsync(_space, ben);

        Assert.Null(await links.FindAsync(benToken));
        Assert.NotNull(await links.FindAsync(ayseToken));
        Assert.Equal([ayse], (await links.MemberTokensAsync(_space)).Keys);

        await CreateLinks().DeleteSpaceAsync(_space);

        Assert.Null(await links.FindAsync(ayseToken));
        Assert.Null(await links.FindAsync(publicToken));
        Assert.Null(await links.FindPublicAsync(_space));
        Assert.NotNull(await links.FindAsync(elsewhere));
    }

    [Fact]
    public async Task The_assembly_s_deletion_forgets_who_became_which_member_and_the_link_keeps_working()
    {
        var (member, participant) = (Guid.NewGuid(), Guid.NewGuid());
        var links = CreateLinks();
        var token = await links.GetOrCreateMemberAsync(_space, member, _assembly, participant);

        await CreateLinks().ForgetAssemblyAsync(_assembly);

        Assert.Null(await links.FindByParticipantAsync(_assembly, participant));
        Assert.Equal(new GroupSpaceLink(token, _space, member, null), await links.FindAsync(token));
    }
}
