using System.Collections.Frozen;

namespace NewsBot.Core.Stories;

/// <summary>
/// Month and weekday names in English, French, German, Spanish and Italian (folded). Weekdays are never entities:
/// "Monday" is in half of all news. Months are, weakly, and strongly with a day or a year beside them.
/// </summary>
internal static class CalendarWords
{
    private static readonly string[][] MonthNames =
    [
        ["january", "janvier", "januar", "enero", "gennaio"],
        ["february", "fevrier", "februar", "febrero", "febbraio"],
        ["march", "mars", "marz", "marzo"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maggio"],
        ["june", "juin", "juni", "junio", "giugno"],
        ["july", "juillet", "juli", "julio", "luglio"],
        ["august", "aout", "agosto"],
        ["september", "septembre", "septiembre", "settembre"],
        ["october", "octobre", "oktober", "octubre", "ottobre"],
        ["november", "novembre", "noviembre"],
        ["december", "decembre", "dezember", "diciembre", "dicembre"],
    ];

    private static readonly FrozenDictionary<string, int> Months = MonthNames
        .SelectMany((names, i) => names.Select(n => (n, Month: i + 1)))
        .ToFrozenDictionary(p => p.n, p => p.Month, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
        "today", "yesterday", "tomorrow", "aujourd'hui", "hier", "demain",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The month number (1-12) of a folded month name, or 0.</summary>
    public static int Month(string folded) => Months.GetValueOrDefault(folded);

    public static bool IsWeekday(string folded) => Weekdays.Contains(folded);
}
