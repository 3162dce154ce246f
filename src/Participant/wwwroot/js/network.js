// Tells the phone app when the browser itself goes offline or comes back: an open socket can stay
// "connected" for half a minute after the network has gone, and the badge must not say "Verbunden" then.
export function watch(app) {
    const tell = () => app.invokeMethodAsync("NetworkChanged", navigator.onLine);
    window.addEventListener("online", tell);
    window.addEventListener("offline", tell);
    return navigator.onLine;
}
