namespace NewsBot.Core.Web;

/// <summary>
/// One GET of a user-given URL. The validators from the previous successful fetch make it conditional: a server that has
/// nothing new answers 304 and the result is <see cref="FetchNotModified"/>.
/// </summary>
/// <param name="Accept">The Accept header; null sends a generic one.</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, DateTimeOffset? LastModified = null, string? Accept = null);
