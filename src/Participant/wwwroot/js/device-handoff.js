// A join form posted before the app ran hands the phone its device in a cookie (the server cannot write the
// phone's storage). Before the app reads its storage, the device moves into it, where both modes keep it;
// the cookie goes. A browser without script keeps the cookie, and the server prerenders the phone from it.
(() => {
    const name = "ov.device";
    const cookie = document.cookie.split("; ").find((part) => part.startsWith(name + "="));
    if (!cookie) {
        return;
    }

    try {
        localStorage.setItem(name, decodeURIComponent(cookie.slice(name.length + 1)));
    } catch {
        return; // no storage: the cookie stays the device's only keeper
    }

    document.cookie = `${name}=; path=/join; max-age=0; samesite=strict`;
})();
