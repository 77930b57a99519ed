using NewsBot.Core.Stories;

namespace NewsBot.Tests.Core.Stories;

public sealed class StoryIdTests
{
    [Fact]
    public void For_SameKeysInAnyOrderOrCase_SameId()
    {
        var id = StoryId.For(["vmc1wfe", "6529xe5"]);

        Assert.Equal(id, StoryId.For(["6529XE5", "vmc1wfe", "vmc1wfe"]));
        Assert.Equal(StoryId.Length, id.Length);
        Assert.StartsWith("s", id, StringComparison.Ordinal);
    }

    [Fact]
    public void For_DifferentKeys_DifferentId() =>
        Assert.NotEqual(StoryId.For(["vmc1wfe", "6529xe5"]), StoryId.For(["vmc1wfe"]));

    [Fact]
    public void For_NoKeys_Throws() =>
        Assert.Throws<ArgumentException>(() => StoryId.For([]));
}
