namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>How phones get in: the code to type, the link behind the QR code, and where the QR image is served.</summary>
public sealed record JoinDetails(string Code, string JoinUrl, string QrPath);
