// "Du bist dran": a short buzz where the phone allows it (navigator.vibrate is missing on iPhones and
// ignored before the person has touched the page; then nothing happens, and the card says it anyway).
export function buzz() {
    try {
        navigator.vibrate?.([180, 90, 180]);
    } catch {
        // a browser that refuses is no error: the text on the card is the message
    }
}
