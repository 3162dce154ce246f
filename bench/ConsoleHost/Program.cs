using OffeneVersammlung.Bench.ConsoleHost;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Hosting;

// The app exactly as src/Facilitator/Program.cs builds it (named as the app, so that it finds the app's
// static web assets and seeds next to it), plus the benchmark's probe: the in-process console's
// subscription and how long each view held its assembly (ConsoleProbe, TimedAudienceViews), and the
// benchmark's facilitator, who sets assemblies up in-process as the console does (BenchSetUp).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = "OffeneVersammlung.Facilitator" });
builder.AddOffeneVersammlung();
builder.Services.AddSingleton<TimedAudienceViews>();
builder.Services.AddSingleton<IAudienceViews>(s => s.GetRequiredService<TimedAudienceViews>());

var app = builder.Build();
app.MapOffeneVersammlung();
app.MapConsoleProbe();
app.MapBenchSetUp();
app.Run();
