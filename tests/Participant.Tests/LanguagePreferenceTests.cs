using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>The language a phone stored is understood after an update, and the pseudo-locale only where the host offers it.</summary>
public class LanguagePreferenceTests : ParticipantTestContext
{
    [Theory]
    [InlineData("De", "de")]
    [InlineData("En", "en")]
    [InlineData("Easy", "de-x-ls")]
    [InlineData("de", "de")]
    [InlineData("en", "en")]
    [InlineData("de-x-ls", "de-x-ls")]
    [InlineData(null, "de")]
    [InlineData("fr", "de")]
    public void A_stored_choice_old_or_new_is_understood(string? stored, string tag)
    {
        Assert.Equal(tag, LanguagePreference.Parse(stored, UiLanguages.All).Tag);
    }

    [Theory]
    [InlineData("tr-TR,tr;q=0.9,de;q=0.8", "tr")]
    [InlineData("fr-FR, ar;q=0.7, en;q=0.5", "ar")]
    [InlineData("uk", "uk")]
    [InlineData("en;q=0.2, tr;q=0.9", "tr")]
    [InlineData("de-DE,de;q=0.9,en;q=0.8", "de")]
    [InlineData("fr-FR, *;q=0.5", "de")]
    [InlineData("tr;q=0, en", "en")]
    [InlineData(null, "de")]
    public void A_first_visit_speaks_the_first_of_the_browser_s_languages_the_phone_has(string? acceptLanguage, string tag)
    {
        Assert.Equal(tag, LanguagePreference.Choose(null, acceptLanguage, UiLanguages.All).Tag);
    }

    [Theory]
    [InlineData("de", "tr-TR,tr;q=0.9", "de")]
    [InlineData("en", "ar", "en")]
    [InlineData("Easy", "uk", "de-x-ls")]
    [InlineData("fr", "uk", "uk")]
    public void A_kept_choice_wins_over_the_browser_s_language(string stored, string acceptLanguage, string tag)
    {
        Assert.Equal(tag, LanguagePreference.Choose(stored, acceptLanguage, UiLanguages.All).Tag);
    }

    [Fact]
    public void The_pseudo_locale_is_offered_and_understood_only_when_the_page_says_so()
    {
        Assert.DoesNotContain(UiLanguages.Pseudo, LanguagePreference.OfferedBy(null));
        Assert.Equal(UiLanguages.Default, LanguagePreference.Parse(UiLanguages.Pseudo.Tag, LanguagePreference.OfferedBy(null)));

        Assert.Contains(UiLanguages.Pseudo, LanguagePreference.OfferedBy("on"));
        Assert.Equal(UiLanguages.Pseudo, LanguagePreference.Parse(UiLanguages.Pseudo.Tag, LanguagePreference.OfferedBy("on")));
    }

    [Theory]
    [InlineData("tr", "en", "ar", "tr")]
    [InlineData("tr", null, null, "tr")]
    [InlineData(null, "en", "ar", "en")]
    [InlineData(null, null, "ar", "ar")]
    [InlineData("fr", "uk", "ar", "uk")]
    [InlineData("fr", null, "ar", "ar")]
    public async Task A_running_phone_speaks_the_cookie_s_choice_before_a_stored_one_and_the_browser_s_language_last(string? cookie, string? stored, string? acceptLanguage, string tag)
    {
        JSInterop.Setup<string?>("localStorage.getItem", LanguagePreference.Key).SetResult(stored);

        var language = await LanguagePreference.StartAsync(Services.GetRequiredService<BrowserStorage>(), cookie, acceptLanguage, UiLanguages.All);

        Assert.Equal(tag, language.Tag);
    }

    [Fact]
    public async Task The_phone_s_storage_follows_the_cookie_s_choice_so_the_two_never_disagree()
    {
        JSInterop.Setup<string?>("localStorage.getItem", LanguagePreference.Key).SetResult("en");

        await LanguagePreference.StartAsync(Services.GetRequiredService<BrowserStorage>(), "tr", null, UiLanguages.All);

        var saved = JSInterop.Invocations.Single(i => i.Identifier == "localStorage.setItem");
        Assert.Equal([LanguagePreference.Key, "tr"], saved.Arguments);
    }

    [Fact]
    public async Task A_stored_choice_without_a_cookie_is_kept_as_it_is()
    {
        JSInterop.Setup<string?>("localStorage.getItem", LanguagePreference.Key).SetResult("uk");

        await LanguagePreference.StartAsync(Services.GetRequiredService<BrowserStorage>(), null, "tr", UiLanguages.All);

        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier is "localStorage.setItem" or "localStorage.removeItem");
    }

    [Fact]
    public void The_switch_is_a_form_that_gets_this_page_with_the_language_and_keeps_the_page_s_other_parameters()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("join/ABC123?mode=server&lang=en");
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Turkish);

        var cut = Render<Components.LanguageSwitch>();

        var form = cut.Find("nav.languages form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("join/ABC123", form.GetAttribute("action"));
        Assert.Equal([("mode", "server")], cut.FindAll("form input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value")!)));
        var buttons = cut.FindAll("form button[type=submit]");
        Assert.All(buttons, b => Assert.Equal(LanguagePreference.SwitchQuery, b.GetAttribute("name")));
        Assert.Equal(UiLanguages.All.Select(l => l.Tag), buttons.Select(b => b.GetAttribute("value")));
        Assert.Equal([UiLanguages.Turkish.NativeName], buttons.Where(b => b.GetAttribute("aria-pressed") == "true").Select(b => b.TextContent));
    }

    [Fact]
    public void The_switch_lists_every_language_by_its_own_name_and_lang()
    {
        var cut = Render<Components.LanguageSwitch>();

        var buttons = cut.FindAll("nav.languages button");
        Assert.Equal(UiLanguages.All.Select(l => (l.NativeName, l.HtmlLang, l.Dir)), buttons.Select(b => (b.TextContent, b.GetAttribute("lang")!, b.GetAttribute("dir")!)));
        Assert.Contains(("العربية", "ar", "rtl"), buttons.Select(b => (b.TextContent, b.GetAttribute("lang")!, b.GetAttribute("dir")!)));
        Assert.Contains("Türkçe", buttons.Select(b => b.TextContent));
        Assert.Contains("Українська", buttons.Select(b => b.TextContent));
    }

    [Fact]
    public void The_pseudo_locale_reads_right_to_left_and_bracketed_with_German_placeholders_kept()
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Pseudo);
        var text = Services.GetRequiredService<UiText>();

        Assert.Equal("rtl", UiLanguages.Pseudo.Dir);
        Assert.StartsWith("[", text["TopicsTitle"], StringComparison.Ordinal);
        Assert.Contains("2", text.Count("PeopleHere", 2), StringComparison.Ordinal);
    }
}
