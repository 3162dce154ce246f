using System.Text.RegularExpressions;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The console and the projector draw their first screen styled: their stylesheets come with the page's own head, not
/// with the interactive head that only arrives with the circuit (then the buttons jumped under the first tap).
/// </summary>
public sealed class LiveScreenHeadTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("facilitator/00000000000000000000000000000001", "console")]
    [InlineData("facilitator/00000000000000000000000000000001", "screens")]
    [InlineData("projector/00000000000000000000000000000001", "projector")]
    public async Task A_live_screens_stylesheets_are_in_the_page_the_server_sends(string path, string sheet)
    {
        using var http = host.CreateHttpClient();

        var page = await http.GetStringAsync(path);

        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Matches(StylesheetLink(sheet), head);
    }

    private static Regex StylesheetLink(string sheet) => new($"<link rel=\"stylesheet\" href=\"css/{sheet}(\\.[a-z0-9]+)?\\.css\"");
}
