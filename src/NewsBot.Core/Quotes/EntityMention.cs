namespace NewsBot.Core.Quotes;

/// <summary>A name found in the body (outside quotes) at <c>[Start, End)</c> and the entity it was resolved to.</summary>
internal sealed record EntityMention(int Start, int End, int Sentence, SpeakerEntity Entity);
