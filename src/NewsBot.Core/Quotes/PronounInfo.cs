namespace NewsBot.Core.Quotes;

/// <summary>What a subject pronoun can refer to: a person of the given gender, or (it/they/ils) an organisation too.</summary>
internal sealed record PronounInfo(PersonGender Gender, bool Organization);
