// A server-mode phone runs in a circuit on the server; while the circuit's line is down (bad reception,
// the server restarting) a tap would be lost. So this module holds the taps that matter — the buttons
// marked with data-queue-kind — in the same localStorage queue the phone's CommandQueue keeps
// (ov.queue, format 2), and tells the circuit to take the queue when its line is back. The circuit
// sends each entry once, by its command id; a reload reads the same queue.
// It is also the phone's reconnect display's script: it opens the phone's own components-reconnect-modal while the
// circuit is away, marks the page's root (data-line) so the badge says so, keeps trying, and reloads when the server
// no longer knows the circuit (a restart, or beyond its retention): the page then resumes by the device token.
const queueKey = "ov.queue";
const format = 2;
let app = null;
let texts = null;
let circuitDown = false;
let notice = null;
let retrying = null;
// The dots held since the circuit last took the queue, as the voting screen counts them meanwhile ({ topicId, step }).
let heldDots = [];

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
        window.addEventListener("submit", holdForm, true);
        window.addEventListener("change", choseWhileDown, true);
        window.addEventListener("online", () => {
            show();
            handBack();
            if (circuitDown) {
                tryAgain(); // the network is back: no need to wait for the next attempt
            }
        });
        window.addEventListener("offline", show);
        const reconnect = document.getElementById("components-reconnect-modal");
        reconnect?.addEventListener("components-reconnect-state-changed", (event) => {
            const state = event.detail.state;
            circuitDown = state !== "hide";
            if (state === "show" || state === "retrying") {
                if (!reconnect.open) {
                    reconnect.show();
                }
            } else if (state === "hide") {
                clearInterval(retrying);
                retrying = null;
                reconnect.close();
                handBack();
            } else if (state === "failed") {
                retrying ??= setInterval(tryAgain, 3000);
            } else if (state === "rejected" || state === "resume-failed") {
                location.reload();
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

    const button = event.target instanceof Element ? event.target.closest("button[data-queue-kind]") : null;
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

    if (keep(command) && button.dataset.dotStep && command.topicId) {
        heldDots.push({ topicId: command.topicId, step: Number(button.dataset.dotStep) });
        showHeldDots();
    }
}

// A typed form (check-in and check-out word, a new topic) sent while the line is down: held as the app would send it.
function holdForm(event) {
    if (!lineDown()) {
        return;
    }

    const form = event.target instanceof HTMLFormElement && event.target.matches("[data-queue-kind]") ? event.target : null;
    if (!form) {
        return;
    }

    event.preventDefault();
    event.stopImmediatePropagation();
    const field = form.querySelector("[data-queue-text]");
    const text = (field?.value ?? "").trim();
    const command = { kind: Number(form.dataset.queueKind), commandId: newId(), text };
    const mood = form.querySelector("[data-queue-mood]:checked");
    if (mood) {
        command.mood = Number(mood.dataset.queueMood);
    } else if (!form.hasAttribute("data-queue-new-topic")) {
        return; // a mood answer needs its mood
    }
    if (form.hasAttribute("data-queue-new-topic")) {
        if (!text) {
            return;
        }
        command.topicId = newId();
    }

    if (keep(command) && field) {
        field.value = ""; // sent, as far as the person is concerned; it waits with the others
    }
}

// The circuit cannot enable a form's button while it is away: a mood picked then may still be sent.
function choseWhileDown(event) {
    if (lineDown() && event.target instanceof Element && event.target.matches("[data-queue-mood]")) {
        const button = event.target.closest("form")?.querySelector("button[type=submit]");
        if (button) {
            button.disabled = false;
        }
    }
}

function keep(command) {
    const commands = read();
    commands.push(command);
    try {
        localStorage.setItem(queueKey, JSON.stringify({ format, commands }));
    } catch {
        return false; // no storage: nothing can be held
    }

    show();
    handBack(); // if the socket still lives (only the browser said offline), the circuit shows it as waiting
    return true;
}

async function tryAgain() {
    try {
        if (!(await Blazor.reconnect())) {
            location.reload(); // the server answered but no longer knows this circuit
        }
    } catch {
        // The server is still away: the next attempt follows.
    }
}

function handBack() {
    const handed = heldDots.length;
    app?.invokeMethodAsync("TakeQueue", navigator.onLine).then(() => {
        // The circuit has the queue and has rendered it (waiting, or counted): its screen is the truth again.
        heldDots.splice(0, handed);
        showHeldDots();
        show();
    }, () => { /* the circuit is still away: it takes the queue when it is back */ });
}

// The circuit cannot render while it is away, so the voting screen's counts come from what it rendered last (its data-dot
// attributes) and the dots held since. Only the elements the circuit renders empty (data-by="browser"), the buttons' disabled
// state (set again from the circuit's own attributes when nothing is held) and marks of our own are touched, so the
// circuit's next render finds the page as it left it.
function showHeldDots() {
    const screen = document.querySelector("[data-dots-texts]");
    if (!screen) {
        return;
    }

    const max = Number(screen.dataset.dotsMax);
    const closed = screen.hasAttribute("data-dots-closed");
    const byTopic = new Map();
    let left = Number(screen.dataset.dotsLeft);
    for (const held of heldDots) {
        byTopic.set(held.topicId, (byTopic.get(held.topicId) ?? 0) + held.step);
        left -= held.step;
    }

    const texts = screen.dataset.dotsTexts.split("\n");
    mark(screen, screen.querySelector(".dots-left-held"), heldDots.length > 0, texts[Math.max(0, Math.min(left, texts.length - 1))]);
    for (const topic of screen.querySelectorAll("[data-own-dots]")) {
        const id = topic.querySelector("[data-queue-topic]")?.dataset.queueTopic;
        const step = byTopic.get(id) ?? 0;
        const own = Number(topic.dataset.ownDots) + step;
        const count = topic.querySelector(".count-held");
        mark(topic, count, step !== 0, String(own));
        if (step !== 0) {
            count?.setAttribute("aria-label", screen.dataset.dotsOn.replace("{0}", String(own)));
        } else {
            count?.removeAttribute("aria-label");
        }
        const waiting = topic.querySelector(".waiting-held");
        if (waiting) {
            waiting.textContent = step !== 0 ? screen.dataset.dotWaiting : "";
        }
        for (const button of topic.querySelectorAll("button[data-dot-step]")) {
            button.disabled = closed || (Number(button.dataset.dotStep) < 0 ? own <= 0 : left <= 0 || own >= max);
        }
    }
}

function mark(owner, element, held, text) {
    if (held) {
        owner.dataset.held = "";
    } else {
        delete owner.dataset.held;
    }
    if (element) {
        element.textContent = held ? text : "";
    }
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

    // While the circuit is away its badge cannot change: the root's mark switches it to what it would say, and this
    // notice says how many inputs wait (the reconnect display says that the circuit is away).
    const waiting = read().length;
    const line = !navigator.onLine ? "offline" : circuitDown ? "reconnecting" : null;
    if (line) {
        document.documentElement.dataset.line = line;
    } else {
        delete document.documentElement.dataset.line;
    }

    notice.hidden = !lineDown() || (waiting === 0 && navigator.onLine);
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
