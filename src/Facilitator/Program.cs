using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Moving;

if (MoveCommand.IsMove(args))
{
    return await MoveCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOffeneVersammlung();

var app = builder.Build();
app.MapOffeneVersammlung();
app.Run();
return 0;

/// <summary>The host's entry point; public and partial so integration tests can start it.</summary>
public partial class Program;
