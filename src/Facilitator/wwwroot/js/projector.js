// The projector cannot scroll: the room sees one screen. After each change the board's content gets
// the largest type (the --fit factor on .fit, between 0.35 and 1) at which all of it fits.
const watched = new WeakSet();
const wholeWords = ".topic-text, .word, .result-text, .group h2, .arrival-title";

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

export function fit(board) {
    if (!board || !board.isConnected) {
        return;
    }

    if (!watched.has(board)) {
        watched.add(board);
        window.addEventListener("resize", () => fit(board));
    }

    // Whole words while the type stays at three quarters or more; below that, large type matters
    // more than an unbroken compound, so long words may break and only the board's edges count.
    board.classList.remove("break-words");
    const whole = largest(board, 0.75, () => !overflows(board) && wordsWhole(board));
    board.style.setProperty("--fit", whole.toFixed(3));
    if (!overflows(board) && wordsWhole(board)) {
        return;
    }

    board.classList.add("break-words");
    board.style.setProperty("--fit", largest(board, 0.35, () => !overflows(board)).toFixed(3));
}
