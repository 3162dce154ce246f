using OffeneVersammlung.Bench.BareHub;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR().AddMessagePackProtocol();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapHub<BroadcastHub>("/hub");
app.Run();
