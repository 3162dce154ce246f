// The phone's way from the server mode to WebAssembly (docs/decisions/0014-the-phones-modes.md). Once the
// person has joined and the phone is idle, a hidden frame starts the WebAssembly app; the files land in the
// browser's cache, and the app, once it really runs, sets the cookie that makes the next visit use it. A
// browser that cannot run it never gets the cookie and stays in the server mode.
const cookie = "ov.phone";

export function warmUpLater(delayMs) {
    if (typeof WebAssembly !== "object" || navigator.connection?.saveData || document.cookie.includes(`${cookie}=wasm`)) {
        return;
    }

    setTimeout(() => whenIdle(() => {
        const frame = document.createElement("iframe");
        frame.hidden = true;
        frame.setAttribute("aria-hidden", "true");
        frame.tabIndex = -1;
        frame.src = "join/_runtime";
        window.addEventListener("message", (event) => {
            if (event.origin === location.origin && event.data === "ov-runtime-ready") {
                frame.remove();
            }
        });
        document.body.append(frame);
    }), delayMs);
}

// Called by the WebAssembly app inside the frame: it started, so this browser can run it.
export function proved() {
    document.cookie = `${cookie}=wasm; path=/; max-age=31536000; samesite=lax`;
    if (window.parent !== window) {
        window.parent.postMessage("ov-runtime-ready", location.origin);
    }
}

function whenIdle(work) {
    if ("requestIdleCallback" in window) {
        requestIdleCallback(work, { timeout: 10000 });
    } else {
        work();
    }
}
