namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// The store could not be reached (the database server is down or restarting). An append that throws this
/// may or may not have been written: its sender was not answered, resends the same command id, and the
/// reloaded assembly recognises it as a duplicate if it was.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
