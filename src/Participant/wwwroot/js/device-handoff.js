// A join form posted before the app ran hands the phone its device in a cookie (the server cannot write the
// phone's storage). Before the app reads its storage, the device moves into it, where both modes keep it;
// the cookie goes. A browser without script keeps the cookie, and the server prerenders the phone from it.
(() => {
    // The join form's post may be answered with the phone's page itself (the form says the script ran); the address
    // then becomes the phone's page, so a reload or the back button GETs it instead of posting again.
    if (location.pathname.endsWith("/join/_form")) {
        const page = document.querySelector("link[rel=canonical]");
        if (page) {
            history.replaceState(history.state, "", page.href);
        }
    }
    for (const field of document.querySelectorAll("form input[type=hidden][name=script]")) {
        field.value = "1";
    }

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
