namespace NewsBot.Core.Language.StopWords;

/// <summary>English function words (the Snowball list plus common contractions' stems and news reporting filler).</summary>
internal static class EnglishStopWords
{
    public static readonly string[] Words =
    [
        .. """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
        it its itself they them their theirs themselves what which who whom this that these those am is are was were be
        been being have has had having do does did doing would should could ought will shall can cannot may might must
        a an the and but if or because as until while of at by for with about against between into through during
        before after above below to from up down in out on off over under again further then once here there when where
        why how all any both each few more most other some such no nor not only own same so than too very s t d ll m re
        ve y don won isn aren wasn weren hasn haven hadn doesn didn wouldn shouldn couldn mustn shan also just
        said says say one would like get got us upon yet still even ever however although though whether within without
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];
}
