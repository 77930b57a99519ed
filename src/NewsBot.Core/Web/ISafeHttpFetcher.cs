namespace NewsBot.Core.Web;

/// <summary>Fetches user-given URLs without letting them reach private networks. See <see cref="SafeHttpFetcher"/>.</summary>
public interface ISafeHttpFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default);
}
