namespace NewsBot.Core.Stories;

/// <summary>What an entity feature of an article is; each kind has its own weight in story similarity.</summary>
public enum EntityKind
{
    /// <summary>A capitalised name found mid-sentence (person, organisation, place not in the table).</summary>
    Name,

    /// <summary>A country, region or alliance from <see cref="PlaceForms"/>, in any of its languages and forms.</summary>
    Place,

    /// <summary>A day and month ("23 avril", "April 23") or a month and year ("April 2021", "avril 2021").</summary>
    Date,

    /// <summary>A month alone, a year, or a number of two or more digits: weak evidence, common across unrelated news.</summary>
    Number,
}
