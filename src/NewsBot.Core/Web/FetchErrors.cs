using System.Globalization;

namespace NewsBot.Core.Web;

/// <summary>Failure wording for fetches: people read these in logs and in the feed status, so they say what and which limit.</summary>
internal static class FetchErrors
{
    public static FetchFailed TooLarge(Uri url, long limit) =>
        new(url, $"the response is larger than {limit.ToString(CultureInfo.InvariantCulture)} bytes (Ingest:MaxResponseBytes); it was cut off", IsTransient: false);

    public static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    public static string Describe(Exception e) =>
        e.InnerException is { } inner ? $"{e.Message.TrimEnd('.')} ({inner.Message.TrimEnd('.')})" : e.Message.TrimEnd('.');
}
