namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>The app with <c>OffeneVersammlung:PseudoLocale</c> on, and Chromium, for the pseudo-locale's screens.</summary>
public sealed class PseudoLocaleHost() : BrowserHost(new BrowserAppHost(pseudoLocale: true));

[CollectionDefinition(Name)]
public sealed class PseudoLocaleCollection : ICollectionFixture<PseudoLocaleHost>
{
    public const string Name = "pseudo-locale";
}
