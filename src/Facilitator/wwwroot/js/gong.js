// A soft gong for the end of a speaker's time, made in the browser (no sound file): two sine partials
// that fade out over a second and a half. A browser that has not been touched yet may keep audio
// suspended; then nothing sounds and the clock on the wall still shows the overrun.
let context = null;

export function sound() {
    try {
        context ??= new AudioContext();
        if (context.state === "suspended") {
            context.resume();
        }
        const now = context.currentTime;
        for (const [frequency, loudness] of [[392, 0.18], [784, 0.06]]) {
            const tone = context.createOscillator();
            const volume = context.createGain();
            tone.type = "sine";
            tone.frequency.value = frequency;
            volume.gain.setValueAtTime(0.0001, now);
            volume.gain.exponentialRampToValueAtTime(loudness, now + 0.03);
            volume.gain.exponentialRampToValueAtTime(0.0001, now + 1.6);
            tone.connect(volume).connect(context.destination);
            tone.start(now);
            tone.stop(now + 1.7);
        }
    } catch {
        // no WebAudio: the wall's clock is the signal
    }
}
