namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>A test that needs Debian's nginx (scripts/test.sh installs it); skipped, and saying so, where it is missing.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Any(folder => File.Exists(Path.Combine(folder, "nginx")));
        if (!onPath)
        {
            Skip = "nginx is not installed (apt-get install nginx)";
        }
    }
}
