using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Engine.Tests.GroupSpaces;

public class SpaceRetentionTests
{
    [Fact]
    public void A_space_is_kept_twelve_months_after_its_last_entry()
    {
        var driver = new SpaceDriver();
        driver.Now = driver.Now.AddMonths(3);
        driver.By(SpaceDriver.Ayse, new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Noch dabei")).AssertAccepted();

        Assert.False(SpaceRetention.HasExpired(driver.State, driver.Now.AddMonths(12).AddMinutes(-1)));
        Assert.True(SpaceRetention.HasExpired(driver.State, driver.Now.AddMonths(12)));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(24)]
    public void The_members_choose_six_or_twenty_four_months(int months)
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Heinz, new SetSpaceRetention(Guid.NewGuid(), months)).AssertAccepted();

        Assert.Equal(months, driver.ViewOf(SpaceDriver.Ayse).RetentionMonths);
        Assert.False(SpaceRetention.HasExpired(driver.State, driver.Now.AddMonths(months).AddDays(-1)));
        Assert.True(SpaceRetention.HasExpired(driver.State, driver.Now.AddMonths(months)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(120)]
    public void Other_retention_months_are_refused(int months)
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Heinz, new SetSpaceRetention(Guid.NewGuid(), months)).AssertRefused(RefusalCode.RetentionNotOffered);
    }

    [Fact]
    public void Switching_the_public_profile_keeps_the_chosen_retention()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Heinz, new SetSpaceRetention(Guid.NewGuid(), 24)).AssertAccepted();

        driver.By(SpaceDriver.Heinz, new SetPublicProfile(Guid.NewGuid(), true)).AssertAccepted();

        Assert.Equal(24, driver.State.RetentionMonths);
        Assert.True(driver.State.IsPublic);
    }
}
