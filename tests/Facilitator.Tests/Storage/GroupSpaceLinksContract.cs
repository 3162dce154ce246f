using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>What both stores of the group-space links do: run for SQLite and PostgreSQL. <see cref="CreateLinks"/> is another node's on the same database.</summary>
public abstract class GroupSpaceLinksContract : IAsyncLifetime
{
    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected abstract IGroupSpaceLinks CreateLinks();

    [Fact]
    public async Task A_member_s_link_is_drawn_once_and_found_by_its_token_and_by_the_participant_from_another_store()
    {
        var (space, member, assembly, participant) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var token = await CreateLinks().GetOrCreateMemberAsync(space, member, assembly, participant);

        var other = CreateLinks();

        Assert.Equal(token, await other.GetOrCreateMemberAsync(space, member, assembly, participant));
        Assert.Equal(new GroupSpaceLink(token, space, member, assembly), await other.FindAsync(token));
        Assert.Equal(token, await other.FindByParticipantAsync(assembly, participant));
        Assert.Equal(token, (await other.MemberTokensAsync(space))[member]);
    }

    [Fact]
    public async Task A_space_has_one_public_link_and_it_is_no_member_s()
    {
        var space = Guid.NewGuid();
        var token = await CreateLinks().GetOrCreatePublicAsync(space);

        Assert.Equal(token, await CreateLinks().GetOrCreatePublicAsync(space));
        Assert.Equal(new GroupSpaceLink(token, space, null, null), await CreateLinks().FindAsync(token));
        Assert.Empty(await CreateLinks().MemberTokensAsync(space));
    }

    [Fact]
    public async Task Rows_moved_from_another_store_are_kept_as_they_were_and_a_taken_token_or_member_is_refused()
    {
        var space = Guid.NewGuid();
        var member = new GroupSpaceLinkRow("AAAAAAAAAAAAAAAAAAAAAA", space, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var profile = new GroupSpaceLinkRow("BBBBBBBBBBBBBBBBBBBBBB", space, null, null, null);
        var links = CreateLinks();

        Assert.True(await links.TryAddAsync(member));
        Assert.True(await links.TryAddAsync(profile));
        Assert.False(await links.TryAddAsync(member with { Token = "CCCCCCCCCCCCCCCCCCCCCC" }));
        Assert.False(await links.TryAddAsync(new GroupSpaceLinkRow(member.Token, Guid.NewGuid(), null, null, null)));
        Assert.Equal([member, profile], await CreateLinks().RowsAsync(space));
    }

    [Fact]
    public async Task A_member_who_leaves_loses_their_link_and_a_deleted_assembly_is_forgotten_while_the_link_stays()
    {
        var (space, assembly) = (Guid.NewGuid(), Guid.NewGuid());
        var (stays, leaves) = (Guid.NewGuid(), Guid.NewGuid());
        var kept = await CreateLinks().GetOrCreateMemberAsync(space, stays, assembly, Guid.NewGuid());
        var gone = await CreateLinks().GetOrCreateMemberAsync(space, leaves, assembly, Guid.NewGuid());

        await CreateLinks().DeleteMemberAsync(space, leaves);
        await CreateLinks().ForgetAssemblyAsync(assembly);

        Assert.Null(await CreateLinks().FindAsync(gone));
        Assert.Equal(new GroupSpaceLinkRow(kept, space, stays, null, null), Assert.Single(await CreateLinks().RowsAsync(space)));
        Assert.Equal(new GroupSpaceLink(kept, space, stays, null), await CreateLinks().FindAsync(kept));
        await CreateLinks().DeleteSpaceAsync(space);
        Assert.Null(await CreateLinks().FindAsync(kept));
    }
}
