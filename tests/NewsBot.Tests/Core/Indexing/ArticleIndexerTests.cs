using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Tests.Core.Ingest.Readers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Indexing;

/// <summary>Bad files among good ones: each is skipped or indexed sensibly, named in a clear problem, and never stops the rest.</summary>
public sealed class ArticleIndexerTests
{
    private const string Good = "Port strike ends\n\nDock workers ended their strike on Tuesday after a pay deal. Ships began unloading at dawn.";

    [Fact]
    public async Task Index_FolderWithBadFiles_IndexesTheGoodOnesAndNamesEachBadOne()
    {
        using var index = new TestIndex(maxFileBytes: 1024 * 1024);
        using var folder = new TempFolder();
        folder.Write("good.txt", Good);
        folder.Write("empty.txt", "");
        folder.WriteBytes("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x89, 0x50, 0x4E, 0x47]);
        folder.WriteBytes("invalid-utf8.md", [.. Encoding.UTF8.GetBytes("Café closes\n\nThe café closed on Monday "), 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.UTF8.GetBytes(" more.")]);
        folder.Write("big.txt", new string('x', 2 * 1024 * 1024));
        folder.Write("broken.json", "{\"text\": \"unterminated");
        folder.Write("photo.jpg", "not read");
        folder.Write(".hidden.txt", Good + " Hidden.");

        var report = await index.IndexAsync(folder.Path);

        Assert.Equal(1, report.Added);
        Assert.Equal(1, report.IgnoredFiles);
        var problems = report.Problems.Select(p => p.Message).ToList();
        Assert.Contains(problems, p => p.Contains("empty.txt", StringComparison.Ordinal) && p.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("binary.txt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("invalid-utf8.md", StringComparison.Ordinal) && p.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("big.txt", StringComparison.Ordinal) && p.Contains("Ingest:MaxFileBytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("broken.json", StringComparison.Ordinal));
        Assert.Equal(1, await index.Store.CountAsync());
    }

    [Fact]
    public async Task Index_FiftyMegabyteFile_IsRefusedBeforeReading()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var report = await index.IndexAsync(path, folder.Write("good.txt", Good));

        Assert.Equal(1, report.Added);
        Assert.Contains("50 MB, over the 20 MB limit", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_OneFiveMegabyteLine_IsIndexedWithoutHanging()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var words = string.Join(' ', Enumerable.Repeat("tide", 1_000_000));
        var path = folder.Write("one-line.txt", "Endless report\n\n" + words);

        var report = await index.IndexAsync(path).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, report.Added + report.Problems.Count);
    }

    [Fact]
    public async Task Index_UnbalancedQuotesAndScripts_AreIndexedCleanly()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        folder.Write("quotes.txt", "Mayor speaks\n\n\"We will rebuild, the mayor said on Monday. The council agreed to fund the work.");
        folder.Write("page.html", """
            <html><head><title>Council votes budget</title><script>alert('x'); document.write("Trending Stories");</script></head>
            <body><nav>Home | World | Sport</nav><article><h1>Council votes budget</h1>
            <p>The city council voted the annual budget on Thursday after a long debate about schools.</p>
            <p>The opposition said the plan left too little for public transport in the suburbs.</p>
            <script>var tracking = "should never be indexed";</script></article><footer>© City News</footer></body></html>
            """);

        var report = await index.IndexAsync(folder.Path);

        Assert.Equal(2, report.Added);
        var page = Assert.Single(await index.Store.ListAsync(new ArticleListQuery()), a => a.Title == "Council votes budget");
        var detail = await index.Store.GetDetailAsync(page.Id);
        Assert.DoesNotContain("should never be indexed", detail!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", detail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MissingPathAndUnsupportedFile_AreNamedProblems()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var pdf = folder.Write("report.pdf", "%PDF-1.7");

        var report = await index.IndexAsync(Path.Combine(folder.Path, "nowhere"), pdf);

        Assert.Equal(2, report.Problems.Count);
        Assert.Contains(report.Problems, p => p.Message.EndsWith("no such file or folder", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Message.Contains("does not read .pdf files", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_JsonLinesWithBadLines_KeepsEveryGoodRecord()
    {
        using var index = new TestIndex();
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 300).Select(i => i % 50 == 0
            ? "{not json"
            : $$"""{"id":"r{{i}}","title":"Report number {{i}}","text":"Item {{i}} was filed on Monday by the desk. It covers local news number {{i}} in detail."}""");
        var path = folder.Write("bulk.jsonl", string.Join('\n', lines));

        var report = await index.IndexAsync(path);

        Assert.Equal(294, report.Added);
        Assert.Equal(6, report.Problems.Count);
        Assert.All(report.Problems, p => Assert.Matches(@"bulk\.jsonl:\d+:", p.Message));
        Assert.NotNull(await index.Store.FindAsync("r299"));
    }

    [Fact]
    public async Task IndexDocuments_ManyDocuments_ReportsProgressToTheEndAndWhereTimeWent()
    {
        using var index = new TestIndex();
        var documents = Enumerable.Range(0, 40).Select(i => new NewsBot.Core.Ingest.RawDocument(
            $"doc-{i}", $"Ferry timetable {i}\n\nThe ferry leaves at {i} o'clock on weekdays. Tickets are sold on board.",
            NewsBot.Core.Ingest.DocumentFormat.PlainText)).ToList();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<int>();

        var report = await index.Indexer.IndexDocumentsAsync(documents, new SynchronousProgress(p => seen.Enqueue(p.Documents)));

        Assert.Equal(40, report.Added);
        Assert.Equal(40, seen.Max());
        Assert.True(report.Stages.Prepare > TimeSpan.Zero && report.Stages.Quotes > TimeSpan.Zero && report.Stages.Write > TimeSpan.Zero,
            report.Stages.ToString());
        if (OperatingSystem.IsLinux())
        {
            // The threads' CPU clocks are read on Linux: the writer's CPU time is there, and never more than its wall time.
            var cpu = Assert.IsType<NewsBot.Core.Indexing.IndexStageTimes>(report.Stages.Cpu);
            Assert.True(cpu.Write > TimeSpan.Zero && cpu.Write <= report.Stages.Write + TimeSpan.FromMilliseconds(1), $"{cpu} / {report.Stages}");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(8, 7)]
    public void WorkerCount_LeavesTheWriterACoreButKeepsOneWorker(int processors, int workers) =>
        Assert.Equal(workers, NewsBot.Core.Indexing.ArticleIndexer.WorkerCount(processors));

    private sealed class SynchronousProgress(Action<NewsBot.Core.Indexing.IndexProgress> report) : IProgress<NewsBot.Core.Indexing.IndexProgress>
    {
        public void Report(NewsBot.Core.Indexing.IndexProgress value) => report(value);
    }
}
