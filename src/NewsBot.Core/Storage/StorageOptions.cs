namespace NewsBot.Core.Storage;

/// <summary>Where NewsBot keeps its index. Bound from the "Storage" section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; relative paths are under the working directory. Its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "data/newsbot.db";
}
