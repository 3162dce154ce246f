using System.Text.Json;
using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Text a person could not read whole, in any language. Clipping is measured per element that shows
/// text: its content may not be wider than its box (scrollWidth &gt; clientWidth: cut off by overflow or
/// spilling out) nor may the box reach outside its parent's box. Elements outside the viewport are not
/// measured (the projector lays further pages there), nor text for screen readers only (a 1px clipped
/// box by design). A diagram's label must stay inside the box drawn around it. Overlapping: no line of
/// one text may lie over a line of another.
/// </summary>
public static class TextLayout
{
    public static async Task AssertNothingClippedAsync(IPage page, string name)
    {
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

    public static async Task AssertNoTextOverlapsAsync(IPage page, string name)
    {
        var overlapping = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const forScreenReaders = e => { for (let a = e; a; a = a.parentElement) { const s = getComputedStyle(a); if (s.clipPath !== 'none' || s.clip !== 'auto') return true; } return false; };
              const lines = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!node.textContent.trim() || !parent || parent.closest('script, style, svg') || forScreenReaders(parent)) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) {
                  if (r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight) lines.push({ node, r, text: node.textContent.trim().slice(0, 40) });
                }
              }
              const found = [];
              for (let i = 0; i < lines.length; i++) {
                for (let j = i + 1; j < lines.length; j++) {
                  const a = lines[i], b = lines[j];
                  if (a.node === b.node) continue;
                  // Lines of type touch where their boxes' leading meets: more than a fifth of the lower line's height is an overlap.
                  const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                  const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                  if (x > 2 && y > Math.min(a.r.height, b.r.height) / 5) found.push(`${a.text} × ${b.text}`);
                }
              }
              return [...new Set(found)].slice(0, 10);
            }
            """);
        Assert.True(overlapping.GetArrayLength() == 0, $"{name}: overlapping text: {overlapping}");
    }
}
