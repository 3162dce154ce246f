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
/// Clipping is measured per element that shows text: its content may not be wider than its box
/// (scrollWidth &gt; clientWidth: cut off by overflow or spilling out) nor may the box reach outside its
/// parent's box. Elements outside the viewport are not measured (the projector lays further pages there),
/// nor text for screen readers only (a 1px clipped box by design). A diagram's label must stay inside
/// the box drawn around it.
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

        var clipped = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              // Text only for screen readers sits in a 1px box on purpose (clip or clip-path): not measured.
              const forScreenReaders = e => { for (let a = e; a; a = a.parentElement) { const s = getComputedStyle(a); if (s.clipPath !== 'none' || s.clip !== 'auto') return true; } return false; };
              const found = [];
              const shown = 'button, a, label, legend, summary, h1, h2, h3, h4, h5, h6, p, li, th, td, dt, dd, span, strong, output, option';
              for (const e of document.querySelectorAll(shown)) {
                const style = getComputedStyle(e);
                if (style.display === 'inline' || style.display === 'contents' || e.getClientRects().length === 0 || !e.textContent.trim()) continue;
                const box = e.getBoundingClientRect();
                if (box.right < 0 || box.left > innerWidth || box.bottom < 0 || box.top > innerHeight || forScreenReaders(e)) continue;
                const parent = e.parentElement.getBoundingClientRect();
                const wider = e.scrollWidth > e.clientWidth + 1;
                const outside = box.left < parent.left - 1 || box.right > parent.right + 1;
                if (wider || outside) found.push({ what: e.outerHTML.slice(0, 120), scroll: e.scrollWidth, client: e.clientWidth, outside });
              }
              // A diagram's label must stay inside the box drawn around it (the rect of its group).
              for (const text of document.querySelectorAll('svg g > rect ~ text')) {
                if (!text.textContent.trim()) continue;
                const box = text.parentElement.querySelector('rect').getBoundingClientRect();
                const label = text.getBoundingClientRect();
                if (label.left < box.left - 1 || label.right > box.right + 1) found.push({ what: text.outerHTML.slice(0, 120), label: label.width, box: box.width });
              }
              return found;
            }
            """);
        Assert.True(clipped.GetArrayLength() == 0, $"{name}: clipped text: {clipped}");
    }
}
