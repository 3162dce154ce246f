using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Projector;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Projector;

public class ProjectorLanguageTests
{
    [Fact]
    public void The_projector_shows_its_own_language_only_until_the_facilitator_chooses_a_second_and_again_when_it_is_taken_away()
    {
        var driver = new AssemblyDriver();
        Assert.Null(driver.Assembly.PublicBoard(driver.Now).ProjectorSecondLanguage);

        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), "tr")).AssertAccepted();
        Assert.Equal("tr", driver.Assembly.PublicBoard(driver.Now).ProjectorSecondLanguage);
        Assert.Equal("tr", driver.Assembly.FacilitatorView(driver.Now).Board.ProjectorSecondLanguage);

        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), null)).AssertAccepted();
        Assert.Null(driver.Assembly.PublicBoard(driver.Now).ProjectorSecondLanguage);
    }

    [Fact]
    public void Only_the_facilitator_chooses_the_projector_s_second_language()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");

        driver.As(neighbour, new ChooseProjectorLanguage(Guid.NewGuid(), "ar")).AssertRefused(RefusalCode.NotAllowedForRole);

        Assert.Null(driver.Assembly.PublicBoard(driver.Now).ProjectorSecondLanguage);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar-EG")]
    [InlineData("")]
    public void A_language_the_tool_does_not_have_is_refused(string tag)
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), tag)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void Choosing_the_language_already_chosen_changes_nothing_and_is_refused_and_a_tag_is_stored_as_the_registry_spells_it()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), "AR")).AssertAccepted();
        var version = driver.Assembly.Version;

        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), "ar")).AssertRefused(RefusalCode.ValueOutOfRange);

        Assert.Equal(version, driver.Assembly.Version);
        Assert.Equal("ar", driver.Assembly.PublicBoard(driver.Now).ProjectorSecondLanguage);
    }

    [Fact]
    public void The_second_language_survives_a_replay_from_the_store()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new ChooseProjectorLanguage(Guid.NewGuid(), "uk")).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        Assert.Equal("uk", replayed.PublicBoard(driver.Now).ProjectorSecondLanguage);
    }
}
