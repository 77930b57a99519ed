using Microsoft.Extensions.Options;

namespace NewsBot.Core.Storage;

/// <summary>Rejects a database path that cannot work before anything touches the disk, with the key to fix.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail("Storage:DatabasePath is empty; set it to a file path such as data/newsbot.db.");
        }

        if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return ValidateOptionsResult.Fail($"Storage:DatabasePath '{options.DatabasePath}' contains characters a path cannot hold.");
        }

        if (Directory.Exists(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:DatabasePath '{options.DatabasePath}' is a folder; name a file inside it, such as {Path.Combine(options.DatabasePath, "newsbot.db")}.");
        }

        return ValidateOptionsResult.Success;
    }
}
