using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// <c>/health</c> as plain text: the overall status on the first line (what a proxy or a probe reads),
/// then each check on a line of its own, so an operator sees whether the store or the backplane is the trouble.
/// </summary>
public static class HealthReportText
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status);
            if (entry.Description is { Length: > 0 } description)
            {
                text.Append(" (").Append(description).Append(')');
            }
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
