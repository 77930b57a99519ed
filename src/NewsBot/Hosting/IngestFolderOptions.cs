namespace NewsBot.Hosting;

/// <summary>The folders indexed when NewsBot starts (console mode and bot). Bound from <c>Ingest:Folders</c>.</summary>
public sealed class IngestFolderOptions
{
    public const string Section = "Ingest";

    /// <summary>Paths relative to the working directory, indexed recursively; appsettings.json ships <c>["seeds"]</c>.</summary>
    public IReadOnlyList<string> Folders { get; set; } = [];
}
