namespace NewsBot.Core.Quotes;

/// <summary>Grammatical gender cue for a speaker, used only to choose between candidate antecedents of he/she/il/elle.</summary>
internal enum PersonGender
{
    Unknown,
    Male,
    Female,
}
