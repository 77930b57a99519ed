using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Web;

/// <summary>
/// Makes a URL safe to log: user info (<c>user:password@</c>) is replaced and the values of query parameters whose names
/// suggest a secret (token, key, password, signature, ...) are masked. Never throws: text that is not a URL is returned
/// with any <c>user:password@</c> part masked.
/// </summary>
public static partial class UrlRedactor
{
    private const string Mask = "***";

    public static string Redact(Uri? url)
    {
        if (url is null)
        {
            return string.Empty;
        }

        if (!url.IsAbsoluteUri)
        {
            return RedactQuery(url.OriginalString);
        }

        var builder = new UriBuilder(url);
        if (builder.UserName.Length > 0 || builder.Password.Length > 0)
        {
            builder.UserName = Mask;
            builder.Password = string.Empty;
        }

        builder.Query = RedactQuery(builder.Query.TrimStart('?'));
        // UriBuilder prints the default port only when it differs from the scheme's; that keeps logs readable.
        return builder.Uri.AbsoluteUri;
    }

    public static string Redact(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Redact(parsed) : UserInfo().Replace(RedactQuery(url), "//" + Mask + "@");
    }

    private static string RedactQuery(string query)
    {
        if (query.Length == 0)
        {
            return query;
        }

        var builder = new StringBuilder(query.Length);
        foreach (var pair in query.Split('&'))
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            builder.Append(equals > 0 && SecretName().IsMatch(pair[..equals]) ? pair[..(equals + 1)] + Mask : pair);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(token|key|secret|password|passwd|pwd|auth|signature|sig|session|credential|code)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"//[^/@\s]+@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();
}
