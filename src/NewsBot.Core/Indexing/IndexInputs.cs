namespace NewsBot.Core.Indexing;

/// <summary>
/// Expands what was asked to be indexed into files: a file is taken as given (an unreadable type is a problem, since it was
/// named), a folder recursively (files of other types are ignored, and hidden files and folders such as .git are skipped).
/// Each file appears once, by full path, which is also the article source for updates.
/// </summary>
internal sealed class IndexInputs
{
    public List<string> Files { get; } = [];

    public List<IndexProblem> Problems { get; } = [];

    public int Ignored { get; private set; }

    public long TotalBytes { get; private set; }

    public static IndexInputs Expand(IEnumerable<string> paths, Func<string, bool> canRead)
    {
        var inputs = new IndexInputs();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (canRead(full))
                {
                    inputs.Add(full, seen);
                }
                else
                {
                    inputs.Problems.Add(new IndexProblem(path,
                        $"{path}: NewsBot does not read {Extension(full)} files; use .txt, .md, .html, .json or .jsonl"));
                }
            }
            else if (Directory.Exists(full))
            {
                inputs.AddFolder(full, canRead, seen);
            }
            else
            {
                inputs.Problems.Add(new IndexProblem(path, $"{path}: no such file or folder"));
            }
        }

        return inputs;
    }

    private void AddFolder(string folder, Func<string, bool> canRead, HashSet<string> seen)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (IsHidden(Path.GetRelativePath(folder, file)))
            {
                continue;
            }

            if (canRead(file))
            {
                Add(file, seen);
            }
            else
            {
                Ignored++;
            }
        }
    }

    private void Add(string file, HashSet<string> seen)
    {
        if (seen.Add(file))
        {
            Files.Add(file);
            TotalBytes += new FileInfo(file).Length;
        }
    }

    /// <summary>Dot-files and dot-folders (.git, .DS_Store) on Unix, where the Hidden attribute is not set.</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static string Extension(string path) =>
        Path.GetExtension(path) is { Length: > 0 } extension ? extension : "extension-less";
}
