using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>Given a certificate by configuration alone (Kestrel's endpoint settings), the app serves HTTPS with HSTS and Secure cookies.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task Given_a_certificate_the_app_serves_https_with_hsts_and_a_secure_antiforgery_cookie()
    {
        var (port, httpsPort) = (AppProcess.FreePort(), AppProcess.FreePort());
        var certificate = Path.Combine(Path.GetTempPath(), $"ov-cert-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSigned().Export(X509ContentType.Pfx, "test"));
        try
        {
            using var app = await AppProcess.StartAsync(port, Path.Combine(Path.GetTempPath(), $"ov-https-{Guid.NewGuid():N}.db"), environment: new Dictionary<string, string>
            {
                ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}",
                ["Kestrel__Endpoints__Https__Url"] = $"https://127.0.0.1:{httpsPort}",
                ["Kestrel__Endpoints__Https__Certificate__Path"] = certificate,
                ["Kestrel__Endpoints__Https__Certificate__Password"] = "test",
            });
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true, UseCookies = false };
            using var http = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{httpsPort}/") };
            using var response = await SendWhenListeningAsync(http, $"versammlung.example.org:{httpsPort}");

            Assert.True(response.StatusCode == HttpStatusCode.OK, app.Output);
            Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    // Kestrel binds its endpoints one after another: /health may answer on HTTP a moment before HTTPS listens.
    private static async Task<HttpResponseMessage> SendWhenListeningAsync(HttpClient http, string host)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "");
            request.Headers.Host = host;
            try
            {
                return await HangGuard.Within(http.SendAsync(request));
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                await Task.Delay(100);
            }
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=versammlung.example.org", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
