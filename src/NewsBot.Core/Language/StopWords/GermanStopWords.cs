namespace NewsBot.Core.Language.StopWords;

/// <summary>The most frequent German function words; German text is not stemmed, but these still carry no topic.</summary>
internal static class GermanStopWords
{
    public static readonly string[] Words =
    [
        .. """
        aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin
        bis bist da damit dann das dass dasselbe dazu dein deine dem den denn der des desselben dessen dich die dies diese
        dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas
        euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
        ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein
        keine keinem keinen keiner man manche mein meine mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr
        sein seine seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel
        vom von vor war waren warst was weg weil weiter welche wenn werde werden wie wieder will wir wird wirst wo wollen
        wollte würde würden zu zum zur zwar zwischen
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];
}
