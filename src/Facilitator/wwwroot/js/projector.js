// The projector cannot scroll: the room sees one screen. After each change the board's content gets
// the largest type (the --fit factor on .fit, between a floor and 1) at which all of it fits. A list
// of topics or results (marked data-pages) never shrinks below what the back row can read: when it
// does not fit at that size it is split into pages that turn by themselves, with "Seite 1 von 3".
const watched = new WeakMap();
const wholeWords = ".topic-text, .word, .result-text, .group h2, .arrival-title";

// Readable from the back: a list's type stays at 0.66 or more (topics and results ≥ 18 px at 1280×720).
const readable = 0.66;
// Anything else (a word cloud, the groups) may shrink further rather than be cut off.
const smallest = 0.35;

function overflows(board) {
    return board.scrollHeight > board.clientHeight + 1 || board.scrollWidth > board.clientWidth + 1;
}

function wordsWhole(board) {
    for (const text of board.querySelectorAll(wholeWords)) {
        if (text.scrollWidth > text.clientWidth + 1) {
            return false;
        }
    }

    return true;
}

// The largest factor in [low, 1] at which the board passes the check.
function largest(board, low, passes) {
    board.style.setProperty("--fit", "1");
    if (passes()) {
        return 1;
    }

    let high = 1;
    for (let step = 0; step < 8; step++) {
        const middle = (low + high) / 2;
        board.style.setProperty("--fit", middle.toFixed(3));
        if (passes()) {
            low = middle;
        } else {
            high = middle;
        }
    }

    return low;
}

function format(template, ...values) {
    return (template || "").replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)]));
}

const isHeading = item => item.classList.contains("cluster-heading");

// The heading of the cluster a page starts inside of, so the page repeats it on top.
function headingFor(items, start) {
    const cluster = items[start].dataset.cluster;
    if (!cluster || isHeading(items[start])) {
        return null;
    }

    return items.slice(0, start).reverse().find(item => isHeading(item) && item.dataset.cluster === cluster) || null;
}

function showOnly(items, start, end) {
    const heading = headingFor(items, start);
    items.forEach((item, index) => item.toggleAttribute("hidden", (index < start || index >= end) && item !== heading));
}

// Page breaks of the list as [start, end) ranges. In pages the list flows in columns of the
// board's height; what does not fit flows into columns beyond its right edge. So each page is
// measured as it will be shown: from its first item on (with its cluster's heading), it ends
// before the first item that is not wholly inside the list.
function pagesOf(list, items) {
    const pages = [];
    let start = 0;
    while (start < items.length) {
        showOnly(items, start, items.length);
        const box = list.getBoundingClientRect();
        let end = start;
        while (end < items.length) {
            const r = items[end].getBoundingClientRect();
            if (r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) {
                break;
            }

            end++;
        }

        // A heading never ends a page, and every page shows at least one item.
        if (end - start > 1 && end < items.length && isHeading(items[end - 1])) {
            end--;
        }

        pages.push([start, Math.max(end, start + 1)]);
        start = Math.max(end, start + 1);
    }

    return pages;
}

function show(state) {
    const { list, pager, pages } = state;
    const items = [...list.children];
    const [start, end] = pages[state.page];
    showOnly(items, start, end);
    const before = items.slice(0, start).filter(item => !isHeading(item)).length;
    const on = items.slice(start, end).filter(item => !isHeading(item)).length;
    const all = items.filter(item => !isHeading(item)).length;
    pager.textContent = `${format(pager.dataset.pageOf, state.page + 1, pages.length)} · ${format(pager.dataset.showing, before + 1, before + on, all)}`;
    pager.hidden = false;
}

function stopTurning(state) {
    if (state.timer) {
        clearInterval(state.timer);
        state.timer = null;
    }

    state.pages = null;
}

// Splits the list into pages and keeps turning them; the page shown stays across re-renders.
function page(board, state, list, pager) {
    board.classList.add("break-words", "paged");
    board.style.setProperty("--fit", readable.toFixed(3));
    pager.hidden = false;
    pager.textContent = format(pager.dataset.pageOf, 1, 1);
    state.list = list;
    state.pager = pager;
    state.pages = pagesOf(list, [...list.children]);
    state.page = Math.min(state.page || 0, state.pages.length - 1);
    show(state);
    if (!state.timer) {
        const seconds = Number(board.dataset.pageSeconds) || 15;
        state.timer = setInterval(() => {
            if (!board.isConnected || !state.pages) {
                stopTurning(state);
                return;
            }

            state.page = (state.page + 1) % state.pages.length;
            show(state);
        }, seconds * 1000);
    }
}

export function fit(board) {
    if (!board || !board.isConnected) {
        return;
    }

    let state = watched.get(board);
    if (!state) {
        state = { page: 0, timer: null, pages: null };
        watched.set(board, state);
        window.addEventListener("resize", () => fit(board));
    }

    // Start from the whole content: every item shown, no pager.
    const list = board.querySelector("[data-pages]");
    const pager = board.querySelector(".pager");
    if (list) {
        [...list.children].forEach(item => item.removeAttribute("hidden"));
    }

    if (pager) {
        pager.hidden = true;
    }

    board.classList.remove("break-words", "paged");

    // Whole words while the type stays at three quarters or more; below that, large type matters
    // more than an unbroken compound, so long words may break and only the board's edges count.
    const whole = largest(board, 0.75, () => !overflows(board) && wordsWhole(board));
    board.style.setProperty("--fit", whole.toFixed(3));
    if (!overflows(board) && wordsWhole(board)) {
        stopTurning(state);
        return;
    }

    board.classList.add("break-words");
    const floor = list && pager ? readable : smallest;
    board.style.setProperty("--fit", largest(board, floor, () => !overflows(board)).toFixed(3));
    if (!overflows(board) || !list || !pager || list.children.length === 0) {
        stopTurning(state);
        return;
    }

    page(board, state, list, pager);
}
