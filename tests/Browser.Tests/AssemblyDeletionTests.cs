using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class AssemblyDeletionTests(BrowserHost host)
{
    [Fact]
    public async Task A_phone_in_a_deleted_assembly_forgets_it_and_shows_the_join_screen_again()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var device = await host.NewDeviceAsync();
        var phone = await device.NewPageAsync();
        await phone.GotoAsync($"join/{created.JoinCode}");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(PhoneScreens.Visible);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(PhoneScreens.Visible);

        await host.Host.Services.GetRequiredService<AssemblyDeletion>().DeleteAsync(created.AssemblyId);

        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true })).ToBeVisibleAsync(PhoneScreens.Visible);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToHaveCountAsync(0);
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Diese Versammlung wurde gelöscht.");
        await phone.GotoAsync("join");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(PhoneScreens.Visible);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true })).ToBeVisibleAsync(PhoneScreens.Visible);
        Assert.Null(await phone.EvaluateAsync<string?>("() => localStorage.getItem('ov.device')"));
    }
}
