// The projector cannot scroll: the room sees one screen. After each change the board's content gets
// the largest type (the --fit factor on .fit, between 0.35 and 1) at which all of it fits.
const watched = new WeakSet();

function fits(board) {
    return board.scrollHeight <= board.clientHeight + 1 && board.scrollWidth <= board.clientWidth + 1;
}

export function fit(board) {
    if (!board || !board.isConnected) {
        return;
    }

    if (!watched.has(board)) {
        watched.add(board);
        window.addEventListener("resize", () => fit(board));
    }

    board.style.setProperty("--fit", "1");
    if (fits(board)) {
        return;
    }

    let low = 0.35;
    let high = 1;
    for (let step = 0; step < 8; step++) {
        const middle = (low + high) / 2;
        board.style.setProperty("--fit", middle.toFixed(3));
        if (fits(board)) {
            low = middle;
        } else {
            high = middle;
        }
    }

    board.style.setProperty("--fit", low.toFixed(3));
}
