using Microsoft.Extensions.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>The host environment a <see cref="Facilitator.Hosting.DatabaseFile"/> needs, rooted in a test's own folder.</summary>
internal sealed class TestFolder(string path) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";

    public string ApplicationName { get; set; } = "Test";

    public string ContentRootPath { get; set; } = path;

    public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
}
