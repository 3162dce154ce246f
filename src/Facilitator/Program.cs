using OffeneVersammlung.Facilitator.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOffeneVersammlung();

var app = builder.Build();
app.MapOffeneVersammlung();
app.Run();

/// <summary>The host's entry point; public and partial so integration tests can start it.</summary>
public partial class Program;
