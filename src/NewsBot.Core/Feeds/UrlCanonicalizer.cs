using System.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// One spelling per article URL, for identity: scheme and host lower-case, default port and fragment dropped, tracking
/// parameters (utm_*, fbclid, gclid, ...) removed, remaining parameters sorted. The path keeps its case: servers may
/// tell /A from /a.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "ocid", "cmpid", "ncid", "rss", "feature", "xtor", "at_medium", "at_campaign", "at_custom1", "at_custom2", "sr_share",
    };

    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return url;
        }

        var builder = new UriBuilder(url) { Fragment = string.Empty, Scheme = url.Scheme.ToLowerInvariant(), Host = url.Host.ToLowerInvariant() };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Query = CleanQuery(url.Query);
        return builder.Uri;
    }

    /// <summary>The canonical form without its scheme: an article moved from http to https is the same article.</summary>
    public static string IdentityKey(Uri url)
    {
        var canonical = Canonicalize(url);
        return canonical.IsAbsoluteUri ? canonical.AbsoluteUri[(canonical.Scheme.Length + 3)..] : canonical.OriginalString;
    }

    private static string CleanQuery(string query)
    {
        var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        return kept.Count == 0 ? string.Empty : new StringBuilder().AppendJoin('&', kept).ToString();
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingNames.Contains(name);
}
