namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>The host's settings, section <c>OffeneVersammlung</c> of the configuration.</summary>
public sealed class OffeneVersammlungOptions
{
    public const string Section = "OffeneVersammlung";

    /// <summary>
    /// Where events and the host's tables are kept: the SQLite file (<see cref="DatabasePath"/>, the default) or
    /// PostgreSQL (the connection string <c>ConnectionStrings:PostgreSQL</c>).
    /// </summary>
    public StorageKind Storage { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file for events and access records, relative to the content root unless absolute.</summary>
    public string DatabasePath { get; set; } = "data/offene-versammlung.db";

    /// <summary>The folder of template JSON files, relative to the app's folder; unset means the seed templates shipped with it.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>The address phones use (e.g. <c>https://versammlung.example.org</c>); unset means the LAN address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>When set, creating an assembly needs this value in the <c>X-Admin-Token</c> header.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The largest hub message a client may send, in bytes.</summary>
    public long MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    /// <summary>How often assemblies past their retention days are looked for and deleted.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after start the first retention sweeps (assemblies and group spaces) wait. Each reads the last event
    /// of every stream; at start it shared the core with the first requests of a restart, a console reopening its
    /// assembly among them (issue 20's first load: 295 → 219 ms for a 400,000-event assembly, docs/PERFORMANCE.md).
    /// </summary>
    public TimeSpan FirstSweepAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Seconds a server-mode phone waits after joining before it fetches and tries the WebAssembly app in a
    /// hidden frame (so a room joining at once shares its uplink with joins, not with 2.5 MB downloads).
    /// </summary>
    public int PhoneWarmUpSeconds { get; set; } = 30;

    /// <summary>How many hub calls one connection may make at once before the rate applies (a token bucket's size).</summary>
    public int InvocationBurst { get; set; } = 20;

    /// <summary>How many hub calls per second one connection may make in the long run.</summary>
    public double InvocationsPerSecond { get; set; } = 10;

    /// <summary>
    /// How many wrong join codes one network address may send within <see cref="FailedJoinWindowSeconds"/>
    /// before its joins are refused. Generous: a whole community centre shares one address, and
    /// successful joins never count.
    /// </summary>
    public int FailedJoinsPerAddress { get; set; } = 100;

    /// <summary>The sliding window for <see cref="FailedJoinsPerAddress"/>, in seconds.</summary>
    public int FailedJoinWindowSeconds { get; set; } = 600;

    /// <summary>How long the projector shows each page of a list too long for one screen, in seconds.</summary>
    public int ProjectorPageSeconds { get; set; } = 15;

    /// <summary>How many assemblies one network address may open per hour when no <see cref="AdminToken"/> is set.</summary>
    public int AssembliesPerAddressPerHour { get; set; } = 20;

    /// <summary>
    /// The reverse proxies (addresses such as <c>10.0.0.5</c>, or networks such as <c>10.0.0.0/24</c>) whose
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed. Empty: no such header is
    /// believed from anyone, so nobody can pose as another address to the failed-join accounting.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// Offers the pseudo-locale (qps-plocm: accented, a third longer, right to left) on every screen, to
    /// see that no text is missing, clipped or laid out left-to-right only. Off for real evenings.
    /// </summary>
    public bool PseudoLocale { get; set; }

    /// <summary>
    /// How many events an assembly gains before a fresh snapshot of it is written beside them (docs/decisions/0022-snapshots.md):
    /// a load replays at most about this many events after the snapshot. 0 writes none.
    /// </summary>
    public int SnapshotEveryEvents { get; set; } = 10_000;
}
