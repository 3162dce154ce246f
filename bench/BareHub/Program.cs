using OffeneVersammlung.Bench.BareHub;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR().AddMessagePackProtocol();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapGet("/bench/memory", OffeneVersammlung.Bench.ServerMemory.Take); // the floor's memory, as the app's (bench/Shared)
app.MapHub<BroadcastHub>("/hub");
app.Run();
