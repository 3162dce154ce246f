using System.Net;
using System.Text.RegularExpressions;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Testing;
using OffeneVersammlung.Testing.Languages;

namespace OffeneVersammlung.Facilitator.Tests.Languages;

/// <summary>
/// A phone's page speaks the phone's language from its first byte, before any script runs (issue 12): the choice it
/// made on the switch (a cookie), else its browser's Accept-Language, else German; and the switch works as a plain GET.
/// </summary>
public sealed partial class PhoneLanguageTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static readonly IReadOnlyDictionary<string, ResourceFile> Texts =
        ResourceFile.SetOf(RepositoryRoot.Combine("src", "Participant", "Resources"), "Texts");

    [Theory]
    [InlineData("tr-TR,tr;q=0.9,de;q=0.8", "tr", "tr", "ltr")]
    [InlineData("ar-SY", "ar", "ar", "rtl")]
    [InlineData("uk", "uk", "uk", "ltr")]
    [InlineData("en-GB,en;q=0.9", "en", "en", "ltr")]
    public async Task A_browser_asking_for_a_language_of_ours_gets_the_join_page_in_it_with_its_lang_and_dir(string acceptLanguage, string tag, string lang, string dir)
    {
        using var phone = Phone(acceptLanguage: acceptLanguage);

        var page = await PageAsync(phone, "join/ABC234");

        Assert.Equal((lang, dir), Root(page));
        Assert.Contains($"<h1>{Text(tag, "JoinTitle")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{Text(tag, "AppTitle")}</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Text("de", "PseudonymHint"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phone_s_own_choice_beats_its_browser_s_language()
    {
        using var phone = Phone(acceptLanguage: "tr", cookie: "en");

        var page = await PageAsync(phone, "join/ABC234");

        Assert.Equal(("en", "ltr"), Root(page));
        Assert.Contains($"<h1>{Text("en", "JoinTitle")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-chosen-language=\"en\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leichte_Sprache_is_never_taken_from_the_browser_but_is_kept_once_chosen()
    {
        using var asking = Phone(acceptLanguage: "de-x-ls, tr;q=0.5");
        using var chosen = Phone(acceptLanguage: "tr", cookie: UiLanguages.Easy.Tag);

        Assert.Contains($"<h1>{Text("tr", "JoinTitle")}</h1>", await PageAsync(asking, "join"), StringComparison.Ordinal);
        var easy = await PageAsync(chosen, "join");
        Assert.Equal(("de", "ltr"), Root(easy));
        Assert.Contains(Text("de-x-ls", "JoinIntro"), easy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "tr", "tr")]
    [InlineData("fr", null, "de")]
    [InlineData(null, "fr-FR,fr;q=0.9", "de")]
    [InlineData("qps-plocm", null, "de")] // the pseudo-locale only where the host offers it
    public async Task A_tag_that_is_not_ours_falls_back_to_the_browser_s_language_and_then_to_German(string? cookie, string? acceptLanguage, string tag)
    {
        using var phone = Phone(acceptLanguage, cookie);

        var page = await PageAsync(phone, "join/ABC234");

        Assert.Equal(tag, Root(page).Lang);
        Assert.Contains($"<h1>{Text(tag, "JoinTitle")}</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chosen-language", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_keeps_the_choice_in_a_first_party_cookie_and_sends_the_phone_back_to_the_same_page()
    {
        var cookies = new CookieContainer();
        using var phone = Phone(acceptLanguage: "de-DE", cookies: cookies);

        using var switched = await phone.GetAsync("join/ABC234?mode=server&lang=tr");

        Assert.Equal(HttpStatusCode.SeeOther, switched.StatusCode);
        Assert.Equal("/join/ABC234?mode=server", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie")).ToLowerInvariant();
        Assert.StartsWith("ov.lang=tr;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/join", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        var page = await PageAsync(phone, "join/ABC234?mode=server");
        Assert.Equal(("tr", "ltr"), Root(page));
        Assert.Contains($"<h1>{Text("tr", "JoinTitle")}</h1>", page, StringComparison.Ordinal);
        Assert.Matches("<button type=\"submit\" name=\"lang\" value=\"tr\" lang=\"tr\" dir=\"ltr\" aria-pressed=\"true\">", page);
    }

    [Fact]
    public async Task A_language_the_switch_does_not_offer_changes_nothing_and_the_phone_is_sent_back_all_the_same()
    {
        var cookies = new CookieContainer();
        using var phone = Phone(acceptLanguage: "uk", cookies: cookies);

        using var switched = await phone.GetAsync("join?lang=fr");

        Assert.Equal(HttpStatusCode.SeeOther, switched.StatusCode);
        Assert.Equal("/join", switched.Headers.Location?.OriginalString);
        Assert.False(switched.Headers.Contains("Set-Cookie"));
        Assert.Equal("uk", Root(await PageAsync(phone, "join")).Lang);
    }

    private HttpClient Phone(string? acceptLanguage = null, string? cookie = null, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        if (cookie is not null)
        {
            cookies.Add(new Uri(host.BaseAddress, "join"), new Cookie("ov.lang", cookie, "/join"));
        }

        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        if (acceptLanguage is not null)
        {
            http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        return http;
    }

    /// <summary>The page's markup with its character references read, as a browser shows it.</summary>
    private static async Task<string> PageAsync(HttpClient phone, string path) => WebUtility.HtmlDecode(await phone.GetStringAsync(path));

    private static (string Lang, string Dir) Root(string page)
    {
        var root = HtmlRoot().Match(page);
        Assert.True(root.Success, "the page has no <html> element");
        return (root.Groups["lang"].Value, root.Groups["dir"].Value);
    }

    private static string Text(string tag, string key) => Texts[tag].Texts.TryGetValue(key, out var text) ? text : Texts["de"].Texts[key];

    [GeneratedRegex("<html lang=\"(?<lang>[^\"]*)\" dir=\"(?<dir>[^\"]*)\"")]
    private static partial Regex HtmlRoot();
}
