using System.Reflection;

namespace NewsBot.Tests.Architecture;

public sealed class ProjectDependencyTests
{
    private static string[] ReferencedNames(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty)];

    [Fact]
    public void Core_DoesNotReference_DiscordOrQuartz()
    {
        var names = ReferencedNames(typeof(NewsBot.Core.AssemblyMarker).Assembly);

        Assert.DoesNotContain(names, n => n.StartsWith("Quartz", StringComparison.Ordinal));
        Assert.DoesNotContain("NewsBot.Discord", names);
    }

    [Fact]
    public void Discord_DoesNotReference_CoreOrQuartz()
    {
        var names = ReferencedNames(typeof(NewsBot.Discord.AssemblyMarker).Assembly);

        Assert.DoesNotContain(names, n => n.StartsWith("Quartz", StringComparison.Ordinal));
        Assert.DoesNotContain("NewsBot.Core", names);
    }
}
