using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.QuoteIndex;

namespace NewsBot.Cli;

/// <summary><c>speakers [--json]</c>: everyone quoted, merged across articles and languages, most quoted first.</summary>
internal static class SpeakersVerb
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {name, quotes, articles, aliases, affiliation}" };
        var command = new Command("speakers", "List the people and organisations quoted, most quoted first") { json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var store = services.GetRequiredService<IQuoteStore>();
            var speakers = new List<SpeakerInfo>();
            for (var offset = 0; ; offset += QuoteQuery.MaxLimit)
            {
                var page = await store.ListSpeakersAsync(null, QuoteQuery.MaxLimit, offset, ct);
                speakers.AddRange(page);
                if (page.Count < QuoteQuery.MaxLimit)
                {
                    break;
                }
            }

            if (result.GetValue(json))
            {
                context.Output.WriteJson<IReadOnlyList<SpeakerJson>>([.. speakers.Select(SpeakerJson.From)], CliJsonContext.Default.IReadOnlyListSpeakerJson);
            }
            else if (speakers.Count == 0)
            {
                context.Output.Out.WriteLine("Nobody is quoted yet. Index some articles with: newsbot index <folder>");
            }
            else
            {
                foreach (var s in speakers)
                {
                    var staff = s.StaffQuotes > 0 ? string.Create(CultureInfo.InvariantCulture, $", {s.StaffQuotes} by staff") : "";
                    var org = s.Affiliation is null ? "" : $" ({s.Affiliation})";
                    context.Output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Quotes,5} quotes in {s.Articles,3} articles{staff}  {s.Name}{org}"));
                }
            }

            return CliOutput.Success;
        }, token));
        return command;
    }
}
