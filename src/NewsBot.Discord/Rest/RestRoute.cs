namespace NewsBot.Discord.Rest;

/// <summary>
/// The rate-limit identity of a request, after DJS's <c>generateRouteData</c>: <see cref="Key"/> is the method and the path
/// with ids and tokens replaced (safe to log); <see cref="Major"/> is the top-level resource (channel, guild, webhook+token)
/// that Discord's buckets are split by. Interaction callbacks are <see cref="Unqueued"/>: each has its own token and a 3 s deadline.
/// </summary>
internal readonly record struct RestRoute(string Key, string Major, bool Unqueued)
{
    public static RestRoute From(HttpMethod method, Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new string[segments.Length];
        var major = string.Empty;
        var unqueued = false;
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : string.Empty;
            var beforePrevious = i > 1 ? segments[i - 2] : string.Empty;
            template[i] = segments[i];
            if (IsId(segments[i]))
            {
                template[i] = ":id";
                if (major.Length == 0 && previous is "channels" or "guilds" or "webhooks")
                {
                    major = previous + "/" + segments[i];
                }
            }
            else if (beforePrevious is "webhooks" or "interactions" && IsId(previous))
            {
                // The token after a webhook or interaction id: part of the bucket, never of the logged key.
                template[i] = ":token";
                if (beforePrevious == "webhooks")
                {
                    major += "/" + segments[i];
                }

                unqueued |= beforePrevious == "interactions";
            }
        }

        return new RestRoute(method.Method + " /" + string.Join('/', template), major, unqueued);
    }

    private static bool IsId(string segment) => segment.Length is > 0 and <= 20 && segment.All(char.IsAsciiDigit);
}
