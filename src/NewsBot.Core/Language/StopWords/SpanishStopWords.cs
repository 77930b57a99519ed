namespace NewsBot.Core.Language.StopWords;

/// <summary>The most frequent Spanish function words; Spanish text is not stemmed, but these still carry no topic.</summary>
internal static class SpanishStopWords
{
    public static readonly string[] Words =
    [
        .. """
        de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta
        entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros
        ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos
        cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros os mío mía tuyo
        suyo nuestro vuestro es son fue era ha han había ser está están según dijo
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];
}
