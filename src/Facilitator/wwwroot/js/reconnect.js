// The facilitator's and projector's screens run on the server. When the connection drops, tell the
// person and keep trying; when the server answers but no longer knows this screen (it restarted),
// reload: the page reconnects from its link and the state comes back from the event store.
(() => {
    const notice = document.getElementById("components-reconnect-modal");
    if (!notice) {
        return;
    }

    let retrying = null;

    async function tryAgain() {
        try {
            if (!(await Blazor.reconnect())) {
                location.reload();
            }
        } catch {
            // The server is still away: the next attempt follows.
        }
    }

    notice.addEventListener("components-reconnect-state-changed", (event) => {
        const state = event.detail.state;
        if (state === "show" || state === "retrying") {
            if (!notice.open) {
                notice.show();
            }
        } else if (state === "hide") {
            clearInterval(retrying);
            retrying = null;
            notice.close();
        } else if (state === "failed") {
            retrying ??= setInterval(tryAgain, 3000);
        } else if (state === "rejected") {
            location.reload();
        }
    });
})();
