namespace NewsBot.Core.Text;

/// <summary>
/// Words that typically open a sentence. After an ambiguous abbreviation ("in the U.S. The ...", "Apple Inc. It ..."),
/// only such a word makes the point a sentence end; a capitalised name ("U.S. Treasury") does not.
/// </summary>
internal static class SentenceStarters
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "After", "Before", "However", "Meanwhile", "His", "Her", "Its", "Their",
        "Our", "Some", "Many", "According", "Last", "For", "So", "Yet", "What", "Who", "Why", "How", "Then", "Now", "Still",
        "Also", "Since", "Although", "Despite", "Next", "First", "Finally", "Today", "Yesterday", "One", "Two", "Most", "More", "Other", "Others", "Such", "No", "Not", "Shares",
        // French
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Ce", "Cette",
        "Ces", "Cet", "Mais", "Et", "Dans", "En", "Selon", "Pour", "Au", "Aux", "Du", "De", "Depuis", "Lors", "Après", "Avant",
        "Par", "Sur", "Son", "Sa", "Ses", "Leur", "Leurs", "Cependant", "Toutefois", "Ainsi", "Alors", "Donc", "Pourtant",
        "Quant", "Outre", "Enfin", "Puis", "Ensuite", "Néanmoins", "Or", "Certes", "Aujourd", "Hier",
        // German, Spanish, Italian, Portuguese, Dutch
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Aber", "El", "Los", "Las", "Lo", "Pero", "Gli", "Lei",
        "Os", "As", "Het", "Een", "Hij", "Zij", "Maar",
    };

    public static bool IsStarter(string word) => Words.Contains(word);
}
