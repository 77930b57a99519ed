namespace NewsBot.Publishing;

/// <summary>
/// Can NewsBot post in a channel? Asked when an admin points a digest or a feed at a channel, so a mistake is reported at once
/// rather than at the first scheduled post. Null means yes; otherwise a sentence saying what is wrong and what to do.
/// </summary>
public interface IChannelAccess
{
    Task<string?> ProblemAsync(string channelId, CancellationToken cancellationToken);
}
