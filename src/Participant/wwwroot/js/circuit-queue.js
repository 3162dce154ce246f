// A server-mode phone runs in a circuit on the server; while the circuit's line is down (bad reception,
// the server restarting) a tap would be lost. So this module holds the taps that matter — the buttons
// marked with data-queue-kind — in the same localStorage queue the phone's CommandQueue keeps
// (ov.queue, format 2), and tells the circuit to take the queue when its line is back. The circuit
// sends each entry once, by its command id; a reload reads the same queue.
const queueKey = "ov.queue";
const format = 2;
let app = null;
let texts = null;
let circuitDown = false;
let notice = null;

export function watch(dotnet, words) {
    app = dotnet;
    texts = words;
    if (!notice) {
        notice = document.createElement("p");
        notice.className = "circuit-queue";
        notice.setAttribute("role", "status");
        notice.hidden = true;
        document.body.append(notice);
        window.addEventListener("click", hold, true);
        window.addEventListener("online", () => {
            show();
            handBack();
        });
        window.addEventListener("offline", show);
        const reconnect = document.getElementById("components-reconnect-modal");
        reconnect?.addEventListener("components-reconnect-state-changed", (event) => {
            circuitDown = event.detail.state !== "hide";
            if (!circuitDown) {
                handBack();
            }
            show();
        });
    }
    show();
}

export function say(words) {
    texts = words;
    show();
}

function lineDown() {
    return circuitDown || !navigator.onLine;
}

function hold(event) {
    if (!lineDown()) {
        return;
    }

    const button = event.target instanceof Element ? event.target.closest("[data-queue-kind]") : null;
    if (!button || button.disabled) {
        return;
    }

    event.preventDefault();
    event.stopImmediatePropagation();
    const command = { kind: Number(button.dataset.queueKind), commandId: newId() };
    if (button.dataset.queueTopic) {
        command.topicId = button.dataset.queueTopic;
    }
    if (button.dataset.queueGroup) {
        command.groupId = button.dataset.queueGroup;
    }

    const commands = read();
    commands.push(command);
    try {
        localStorage.setItem(queueKey, JSON.stringify({ format, commands }));
    } catch {
        return; // no storage: nothing can be held
    }

    show();
    handBack(); // if the socket still lives (only the browser said offline), the circuit shows it as waiting
}

function handBack() {
    app?.invokeMethodAsync("TakeQueue", navigator.onLine).then(show, () => { /* the circuit is still away: it takes the queue when it is back */ });
}

function read() {
    try {
        const stored = JSON.parse(localStorage.getItem(queueKey) ?? "null");
        return stored && Array.isArray(stored.commands) ? stored.commands : [];
    } catch {
        return [];
    }
}

function show() {
    if (!notice || !texts) {
        return;
    }

    // While the circuit is away its badge cannot change: this notice says what the badge would.
    const waiting = read().length;
    notice.hidden = !lineDown();
    notice.textContent = notice.hidden ? "" : waiting === 0 ? texts.offline : waiting === 1 ? texts.one : texts.many.replace("{0}", String(waiting));
}

// crypto.randomUUID exists only in secure contexts; the room's Wi-Fi serves plain HTTP.
function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
