namespace NewsBot.Core.Quotes;

/// <summary>
/// News sites open an article with a line of a quote given in full, with its speaker, further down ("« Ça fait neuf heures
/// que je suis là ». Des dizaines d'automobilistes ... « Ça fait neuf heures que je suis là, frigorifié, ... », témoignait
/// Camille"). The opening copy has no cue of its own: it takes the speaker of the later quote that holds its words.
/// </summary>
internal sealed partial class AttributionPass
{
    /// <summary>Shorter quotes are too common ("C'est inadmissible") to say they repeat a later one.</summary>
    private const int MinTeaserLength = 15;

    /// <summary>How many later quotes are searched, so an article made of thousands of quote marks stays linear.</summary>
    private const int TeaserReach = 64;

    private void AttributeTeasers()
    {
        for (var i = 0; i < _quotes.Count; i++)
        {
            var teaser = _quotes[i];
            if (teaser.IsAttributed || teaser.Kind != QuoteKind.Direct || teaser.Text.Length < MinTeaserLength)
            {
                continue;
            }

            for (var j = i + 1; j < _quotes.Count && j - i <= TeaserReach; j++)
            {
                var full = _quotes[j];
                if (full.IsAttributed && full.Kind == QuoteKind.Direct && full.Text.Length > teaser.Text.Length
                    && full.Text.Contains(teaser.Text.TrimEnd('.', ' ', '\u00A0', '\u202F'), StringComparison.Ordinal))
                {
                    _quotes[i] = teaser with
                    {
                        Speaker = full.Speaker, SpeakerRole = full.SpeakerRole, SpeakerAffiliation = full.SpeakerAffiliation,
                        Confidence = Inherited,
                    };
                    break;
                }
            }
        }
    }
}
