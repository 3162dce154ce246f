namespace OffeneVersammlung.Engine.Serialization;

/// <summary>Stored bytes this build cannot read as they were meant: rather no assembly than a wrong one.</summary>
public sealed class StoredFormatException(string message) : Exception(message);
