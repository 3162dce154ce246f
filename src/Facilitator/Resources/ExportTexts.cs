using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// The exports' labels in one language (ExportTexts.resx: German, the neutral one; ExportTexts.en.resx:
/// English). Dates are written with fixed patterns from the resources, so the output does not depend
/// on the server's culture data.
/// </summary>
public sealed class ExportTexts
{
    private static readonly ResourceManager Resources = new("OffeneVersammlung.Facilitator.Resources.ExportTexts", typeof(ExportTexts).Assembly);
    private static readonly CultureInfo English = new("en");

    private readonly CultureInfo _culture;
    private readonly TimeZoneInfo _zone;

    private ExportTexts(string language, CultureInfo culture, TimeZoneInfo zone)
    {
        Language = language;
        _culture = culture;
        _zone = zone;
    }

    /// <summary>"de" or "en".</summary>
    public string Language { get; }

    public string this[string name] => Resources.GetString(name, _culture) ?? name;

    /// <summary>
    /// English for "en" and its regional forms, German for everything else. <paramref name="zone"/> is
    /// where the evening took place (the host's zone): the times the server recorded are shown in it.
    /// </summary>
    public static ExportTexts For(string? language, TimeZoneInfo? zone = null) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? new ExportTexts("en", English, zone ?? TimeZoneInfo.Utc)
            : new ExportTexts("de", CultureInfo.InvariantCulture, zone ?? TimeZoneInfo.Utc);

    public string Format(string name, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, this[name], arguments);

    /// <summary>The date as it was entered (in its own offset), e.g. 26.11.2026.</summary>
    public string Date(DateTimeOffset value) => value.ToString(this["DateFormat"], CultureInfo.InvariantCulture);

    /// <summary>A time someone entered (start, next meeting), in the offset it was entered with.</summary>
    public string DateTime(DateTimeOffset value) => value.ToString(this["DateTimeFormat"], CultureInfo.InvariantCulture);

    /// <summary>A time the server recorded (opened, closed, exported), in the evening's time zone.</summary>
    public string RecordedTime(DateTimeOffset value) => DateTime(TimeZoneInfo.ConvertTime(value, _zone));

    /// <summary>"1 Person", "3 Personen".</summary>
    public string People(int count) => count == 1 ? this["OnePerson"] : Format("MemberCount", count);

    /// <summary>The label of a mood step; <paramref name="index"/> 0 is the lowest, as in <c>MoodBoard.MoodCounts</c>.</summary>
    public string Mood(int index) => this["Mood" + (index + 1).ToString(CultureInfo.InvariantCulture)];

    public string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
