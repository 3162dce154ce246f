namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>A finished download: a safe file name, its media type and the bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
