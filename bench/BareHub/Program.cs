using OffeneVersammlung.Bench.BareHub;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// The bench hands this hub the app's board once; in the circuits' fan-out, topics added at 20/s grow it past SignalR's 32 KB default.
builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = null).AddMessagePackProtocol();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapGet("/bench/memory", OffeneVersammlung.Bench.ServerMemory.Take); // the floor's memory, as the app's (bench/Shared)
app.MapHub<BroadcastHub>("/hub");
app.Run();
