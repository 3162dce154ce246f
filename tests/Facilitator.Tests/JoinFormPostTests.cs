using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using OffeneVersammlung.Participant.Services;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The phone's join form as a plain post (decision 0014): it joins through the same desk as the app, is
/// one participant however often it arrives (and with the app's join from the same form), needs the
/// page's antiforgery token, and counts wrong codes in the address's join guard.
/// </summary>
public sealed partial class JoinFormPostTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_form_posted_twice_and_then_joined_by_the_app_with_its_token_is_one_participant_and_its_page_is_prerendered_for_them()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var phone = new FormPhone(host.BaseAddress);
        var form = await phone.OpenAsync($"join/{created.JoinCode}");

        var first = await phone.PostAsync(form, created.JoinCode, "Ola");
        var second = await phone.PostAsync(form, created.JoinCode, "Ola");
        await using var app = await LiveClient.ConnectAsync(host);
        var byApp = await app.JoinAsync(created.JoinCode, "Ola", form.DeviceToken);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal($"/join/{created.JoinCode}", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        var device = phone.Device();
        Assert.Equal(form.DeviceToken, device?.DeviceToken);
        Assert.Equal(created.AssemblyId, device?.AssemblyId);
        Assert.True(byApp.Accepted);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
        var page = await phone.Http.GetStringAsync($"join/{created.JoinCode}");
        Assert.Contains("Du bist dabei als: Ola", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_by_a_page_whose_script_ran_is_answered_with_the_joined_page_and_a_refusal_leaves_no_cookie_for_the_next_visit()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var phone = new FormPhone(host.BaseAddress);
        var form = await phone.OpenAsync($"join/{created.JoinCode}");

        var joined = await phone.PostAsync(form, created.JoinCode, "Ola", script: true);
        var refused = await phone.PostAsync(form, "ZZZZZZZZ", "Ola", script: true);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Contains("Du bist dabei als: Ola", await joined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", joined.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(form.DeviceToken, phone.Device()?.DeviceToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Diesen Code gibt es nicht", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Diesen Code gibt es nicht", await phone.Http.GetStringAsync("join"), StringComparison.Ordinal);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    [Fact]
    public async Task A_form_posted_without_the_pages_antiforgery_token_joins_nobody()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var phone = new FormPhone(host.BaseAddress);
        var form = await phone.OpenAsync($"join/{created.JoinCode}");

        var posted = await phone.PostAsync(form with { Antiforgery = "forged" }, created.JoinCode, "Mallory");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(phone.Device());
        Assert.Equal(0, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    [Fact]
    public async Task Wrong_codes_typed_into_the_form_count_in_the_addresss_join_guard()
    {
        using var guarded = new GuardedHost();
        using var phone = new FormPhone(guarded.BaseAddress);
        var form = await phone.OpenAsync("join");

        for (var guess = 0; guess < GuardedHost.FailedJoinsPerAddress; guess++)
        {
            await phone.PostAsync(form, "ZZZZZZZZ", null);
            Assert.Contains("Diesen Code gibt es nicht", await phone.Http.GetStringAsync("join/ZZZZZZZZ"), StringComparison.Ordinal);
        }

        await phone.PostAsync(form, "YYYYYYYY", null);

        Assert.Contains("Zu viele falsche Codes", await phone.Http.GetStringAsync("join/YYYYYYYY"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_that_chose_Turkish_on_the_switch_posts_the_form_and_its_page_and_its_refusal_come_back_in_Turkish()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var phone = new FormPhone(host.BaseAddress);
        using var switched = await phone.Http.GetAsync($"join/{created.JoinCode}?lang=tr");
        var form = await phone.OpenAsync($"join/{created.JoinCode}");

        var refused = await phone.PostAsync(form, "ZZZZZZZZ", "Ola", lang: "tr");
        var refusedPage = WebUtility.HtmlDecode(await phone.Http.GetStringAsync(refused.Headers.Location?.OriginalString));
        var joined = await phone.PostAsync(form, created.JoinCode, "Ola", lang: "tr");
        var joinedPage = WebUtility.HtmlDecode(await phone.Http.GetStringAsync(joined.Headers.Location?.OriginalString));

        Assert.Equal(HttpStatusCode.SeeOther, switched.StatusCode);
        Assert.Contains("<html lang=\"tr\"", refusedPage, StringComparison.Ordinal);
        Assert.Contains("Bu kod yok. Lütfen kontrol et.", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, joined.StatusCode);
        Assert.Contains("<html lang=\"tr\"", joinedPage, StringComparison.Ordinal);
        Assert.Contains("Katılımdaki adın: Ola", joinedPage, StringComparison.Ordinal);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    /// <summary>A phone that only speaks HTML: it keeps cookies and follows no redirect by itself.</summary>
    private sealed class FormPhone : IDisposable
    {
        private readonly CookieContainer _cookies = new();
        private readonly Uri _base;

        public FormPhone(Uri baseAddress)
        {
            _base = baseAddress;
            Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        }

        public HttpClient Http { get; }

        public async Task<JoinFormFields> OpenAsync(string path)
        {
            var html = await Http.GetStringAsync(path);
            return new JoinFormFields(
                AntiforgeryField().Match(html).Groups[1].Value,
                DeviceField().Match(html).Groups[1].Value);
        }

        public Task<HttpResponseMessage> PostAsync(JoinFormFields form, string code, string? pseudonym, bool script = false, string lang = "de") =>
            Http.PostAsync("join/_form", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["script"] = script ? "1" : string.Empty,
                ["__RequestVerificationToken"] = form.Antiforgery,
                ["device"] = form.DeviceToken,
                ["lang"] = lang,
                ["code"] = code,
                ["pseudonym"] = pseudonym ?? string.Empty,
                ["presence"] = "InRoom",
            }));

        public StoredDevice? Device() =>
            _cookies.GetCookies(new Uri(_base, "join/")).FirstOrDefault(c => c.Name == "ov.device") is { } cookie
                ? JsonSerializer.Deserialize<StoredDevice>(Uri.UnescapeDataString(cookie.Value))
                : null;

        public void Dispose() => Http.Dispose();
    }

    private sealed record JoinFormFields(string Antiforgery, string DeviceToken);

    private sealed class GuardedHost : HostFactory
    {
        public const int FailedJoinsPerAddress = 3;

        protected override void ConfigureHost(IWebHostBuilder builder) =>
            builder.UseSetting("OffeneVersammlung:FailedJoinsPerAddress", FailedJoinsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"device\" value=\"([^\"]+)\"")]
    private static partial Regex DeviceField();
}
