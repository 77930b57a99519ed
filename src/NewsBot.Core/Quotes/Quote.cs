namespace NewsBot.Core.Quotes;

/// <summary>
/// One quotation of an article, attributed to a speaker.
/// <para><see cref="Start"/>/<see cref="End"/> are offsets into <c>PreparedArticle.Body</c> (end exclusive) and
/// <see cref="Text"/> is exactly <c>Body[Start..End]</c>: for direct and partial quotes the words between the marks (marks
/// excluded), for reported speech the reported clause.</para>
/// <para><see cref="Speaker"/> is the canonical name (the fullest form the article uses: "Jane Doe", never "she" or
/// "Ms. Doe"); it is empty when no speaker could be found. <see cref="Mention"/> is the words that named the speaker at this
/// quote ("she", "the company", "Mme Doe"); <see cref="Cue"/> the speech verb or phrase ("said", "a-t-il ajouté", "selon").
/// <see cref="SpeakerRole"/> and <see cref="SpeakerAffiliation"/> come from appositions and titles
/// ("Jane Doe, chief executive of Acme"), so a lookup for Acme can also offer quotes by Acme's staff.</para>
/// <para><see cref="Confidence"/> is in [0, 1]: an explicit cue next to the quote scores high, a speaker carried over from
/// the previous quote or found through a pronoun scores lower.</para>
/// </summary>
public sealed record Quote(
    int Start,
    int End,
    string Text,
    QuoteKind Kind,
    string Speaker,
    string Mention,
    string? Cue,
    string? SpeakerRole,
    string? SpeakerAffiliation,
    string Language,
    double Confidence)
{
    /// <summary>True when the extractor found who said it.</summary>
    public bool IsAttributed => Speaker.Length > 0;
}
