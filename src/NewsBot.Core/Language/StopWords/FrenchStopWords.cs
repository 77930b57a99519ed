namespace NewsBot.Core.Language.StopWords;

/// <summary>French function words (the Snowball list, with the forms of être and avoir, and elided forms without apostrophe).</summary>
internal static class FrenchStopWords
{
    public static readonly string[] Words =
    [
        .. """
        au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me même mes moi mon
        ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous
        c d j l à m n s t y été étée étées étés étant étante étants étantes suis es est sommes êtes sont serai seras sera
        serons serez seront serais serait serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes
        furent sois soit soyons soyez soient fusse fusses fût fussions fussiez fussent ayant ayante ayantes ayants eu eue
        eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais
        avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût eussions eussiez
        eussent ceci cela celà cet cette ici ils les leurs quel quels quelle quelles sans soi selon aussi donc alors
        comme si très plus moins tout tous toute toutes autre autres dont lors puis car ni or
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];
}
