// The phone's page starts Blazor itself, so that its circuit opens the WebSocket at once: SignalR's
// negotiate request would be one more round trip before it (150 ms on Fast 3G, issue 12), and a circuit
// uses WebSockets only anyway (Blazor's default transport for the hub).
Blazor.start({
    circuit: {
        configureSignalR: (builder) => builder.withUrl("_blazor", { skipNegotiation: true, transport: 1 }),
    },
});
