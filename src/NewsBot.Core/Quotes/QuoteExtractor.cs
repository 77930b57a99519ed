using NewsBot.Core.Ingest;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Rule-based quote extraction and speaker attribution for English and French (other languages use the English rules).
/// Reads the article once to pair quote marks and collect names, then walks the sentences in order: each quotation gets
/// the cue after it, else the cue before it, else a lead-in sentence ending with a colon, else the previous speaker of
/// the passage; sentences without quote marks are searched for reported speech. Linear in the article's length.
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    /// <summary>
    /// Raise by one with every change to the rules that changes their output (the evaluation sets' scores move): stored
    /// articles are then extracted again at the next start or <c>index</c>. 1: the rules of the first release with quotes;
    /// 2: English speaker attribution (bodies named with of/and/for, pronoun gender, role-only speakers, epithets, families);
    /// 3: scraped news in both languages (paragraphs glued into one line bound carry-over, unnamed and collective speakers,
    /// French sources without a speech verb, English titles after an employer); 4: a title followed by a first name and
    /// surname after a comma belongs to that person, not to the word before the comma ("à Paris, l'ancien président ...
    /// Nicolas Sarkozy"); embassies and consulates keep their place ("le consulat de France à Jérusalem"); 5: the name just
    /// before a quotation is not the pronoun of its cue, home towns ("Cooper, 79, from Taunton, Somerset, said") and party
    /// initials ("la candidate FN Marine Le Pen") are not names, English epithets ("the pensioner said") are the person in
    /// the story, relative clauses are not roles, French infinitives of intent ("a annoncé vouloir") are reported speech;
    /// 6: a nationality opens a title before a name ("German Chancellor Angela Merkel told"), documents speak for their
    /// authors ("the latest WHO report said"), an article opening on a quotation takes the next sentence's named speaker,
    /// unclosed appositions, "told X he ...", verbs after "and", French person epithets ("ajoutait l'automobiliste"), titles
    /// opening a sentence ("Le Canard enchaîné révèle"), participles' agents, bracketed captions, marks glued after a full
    /// stop, unnamed sources in the plural, known surnames glued after captions, "he" going on with who just spoke;
    /// 7: relatives ("his sister said", "le frère de X") are the relative named before, else the tie, never the owner;
    /// possessive subjects after a quote ("Vantor's chief executive said"), names in apposition after a description
    /// ("her son, Emre Kaya, told"), "the statement said" as its issuer, peerage titles ("the Countess of Wendover"),
    /// cues that go on ("she added", "a-t-il ajouté", "Avant d'ajouter :"), entourages, adverbial phrases ("a de son côté
    /// prévenu que"), publication epithets, "…, X told police.", sides in the plural ("critics said"), asides after a
    /// closing speaker, participles after prepositions, Roman ordinals and party initials (docs/quotes.md, "Rules
    /// version 6" and "Rules version 7").
    /// </summary>
    public const int CurrentRulesVersion = 7;

    public int RulesVersion => CurrentRulesVersion;

    public IReadOnlyList<Quote> Extract(PreparedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var language = string.Equals(article.Language, "fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        var spans = QuoteMarkScanner.Scan(article.Body, article.Paragraphs);
        if (language == "fr")
        {
            spans = InnerCueSplitter.Split(article.Body, spans);
        }

        var text = new ArticleTokens(article.Body, article.Sentences, spans);
        var discourse = new Discourse();
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            if (!article.Sentences[s].IsHeading)
            {
                var firstMention = discourse.Mentions.Count;
                foreach (var run in NameRunFinder.Find(text.Outside[s], article.Body, text, language))
                {
                    discourse.Add(run, s);
                    if (!ComplementMentions.IsComplement(text.Outside[s], run.First) && discourse.EntityAt(run.Start) is { } named)
                    {
                        named.HasFreeMention = true;
                    }
                }

                discourse.NoteDocuments(text.Outside[s], s);
                if (language == "en")
                {
                    discourse.NoteSentence(text.Outside[s], s, firstMention);
                    discourse.NoteDescribedInstitutions(text.Outside[s]);
                }
            }
        }

        discourse.Complete(article.Title, language == "fr");
        var run2 = new AttributionPass(article, language, text, discourse);
        return run2.Run(spans);
    }
}
