using Microsoft.Extensions.Options;

namespace NewsBot.Digests;

/// <summary>Checks the Digest section at start, naming the key to fix.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.CatchUpWindow < TimeSpan.Zero)
        {
            failures.Add("Digest:CatchUpWindow must be zero or positive, such as 06:00:00 (six hours).");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _))
        {
            failures.Add($"Digest:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone; use an IANA name such as Europe/Paris.");
        }

        if (options.MinimumInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Digest:MinimumInterval must be at least one second, such as 00:15:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
