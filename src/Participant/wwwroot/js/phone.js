// A server-mode phone's start. Its components run in a circuit, and every question they ask the
// browser is a round trip on a slow line; so everything the phone needs from here at start — its stored
// language, device and queue, whether the browser is online, the queue's and the network's watches — is
// asked and answered in one call. The page loads this module (and the two it uses) with the page itself.
import "./device-handoff.js"; // first: the app reads the device that a join form's post handed over
import { watch as watchQueue, say } from "./circuit-queue.js";
import { watch as watchNetwork } from "./network.js";

export function start(keys, queue, network, words) {
    const stored = {};
    for (const key of keys) {
        try {
            stored[key] = localStorage.getItem(key);
        } catch {
            stored[key] = null; // storage disabled (private mode on some old browsers)
        }
    }

    watchQueue(queue, words);
    const online = watchNetwork(network);
    const root = document.documentElement;
    return {
        pseudoLocale: root.getAttribute("data-pseudo-locale"),
        acceptLanguage: root.getAttribute("data-accept-language"),
        chosenLanguage: root.getAttribute("data-chosen-language"),
        online,
        stored,
    };
}

// The queue's notice in the phone's language, known to the circuit only after start answered.
export { say };

window.ovPhone = { start, say };
