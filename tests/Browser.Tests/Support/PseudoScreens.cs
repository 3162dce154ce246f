using System.Text.Json;
using Microsoft.Playwright;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Testing;
using OffeneVersammlung.Testing.Languages;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// What a screen in the pseudo-locale must pass. Every pseudo text is bracketed and has no plain Latin
/// letter (each is accented), so a text node or label with plain letters is a text that did not come
/// from the resources: a raw key, German left in the code, or data (a name, a topic: listed by the test);
/// a language's own name in the switch carries its own lang and is left out.
/// Nothing may be clipped (<see cref="TextLayout.AssertNothingClippedAsync"/>).
/// </summary>
public static class PseudoScreens
{
    /// <summary>The pseudo text of a German resource, as a person would read it on the screen.</summary>
    public static string Text(string folder, string set, string key) =>
        PseudoLocale.Text(ResourceFile.SetOf(RepositoryRoot.Combine("src", folder, "Resources"), set)["de"].Texts[key]);

    public static async Task AssertAsync(IPage page, string name, IReadOnlyCollection<string> data)
    {
        Assert.Equal(UiLanguages.Pseudo.Dir, await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.Equal(UiLanguages.Pseudo.HtmlLang, await page.EvaluateAsync<string>("() => document.documentElement.lang"));

        var plain = await page.EvaluateAsync<string[]>(
            """
            data => {
              const plainLetters = /[A-Za-z]{2,}/;
              const isData = t => /^https?:\/\//.test(t) || data.some(d => t === d || t.replace(/[„“"()#:]/g, '').trim() === d);
              // A language's own name in the switch is marked with its own lang: it is meant to stay as it is.
              const otherLanguage = e => e.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang;
              const visible = e => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const found = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                const parent = node.parentElement;
                if (!text || !visible(parent) || parent.closest('script, style') || otherLanguage(parent)) continue;
                if (plainLetters.test(text) && !text.includes('[') && !isData(text)) found.push(text);
              }
              for (const e of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
                if (otherLanguage(e)) continue;
                for (const a of ['aria-label', 'placeholder', 'title']) {
                  const text = (e.getAttribute(a) || '').trim();
                  if (text && plainLetters.test(text) && !text.includes('[') && !isData(text)) found.push(`${a}=${text}`);
                }
              }
              return [...new Set(found)];
            }
            """,
            data.ToArray());
        Assert.True(plain.Length == 0, $"{name}: text not from the pseudo-locale's resources: {string.Join(" | ", plain)}");

        await TextLayout.AssertNothingClippedAsync(page, name);
    }
}
