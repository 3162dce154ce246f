// Loaded only on a page the host chose WebAssembly for. A browser without it (Lockdown Mode switched on,
// an old phone handed on with the cookie) goes back to the server mode instead of "Lädt …" forever.
if (typeof WebAssembly !== "object") {
    document.cookie = "ov.phone=server; path=/; max-age=31536000; samesite=lax";
    const address = new URL(location.href);
    if (address.searchParams.has("mode")) {
        address.searchParams.set("mode", "server");
    }
    location.replace(address.href);
}
