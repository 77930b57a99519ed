using System.Text;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Readers;

namespace NewsBot.Tests.Core.Ingest.Readers;

public sealed class PlainTextFileReaderTests : IDisposable
{
    private const string Article = "Rates rise again\n\nThe central bank raised rates on Thursday. Markets fell.\n\nAnalysts expect more.";
    private readonly TempFolder _folder = new();
    private readonly PlainTextFileReader _reader = new(Readers.Options());

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("A.TXT", true)]
    [InlineData("a.md", false)]
    [InlineData("a.txt.bak", false)]
    public void CanRead_ByExtension_TxtOnly(string name, bool expected) => Assert.Equal(expected, _reader.CanRead(name));

    [Fact]
    public void Read_Utf8File_DocumentWithPathAsSource()
    {
        var path = _folder.Write("a.txt", Article);

        var result = Readers.ReadOne(_reader, path);

        Assert.Null(result.Problem);
        Assert.Equal(path, result.Document!.Source);
        Assert.Equal(DocumentFormat.PlainText, result.Document.Format);
        Assert.Equal("Rates rise again", Readers.Preparer.Prepare(result.Document).Title);
    }

    [Fact]
    public void Read_BomAndCrlf_SameArticleAsPlainUtf8()
    {
        var plain = _folder.Write("plain.txt", Article);
        var windows = _folder.WriteBytes("windows.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        var a = Readers.Preparer.Prepare(Readers.ReadOne(_reader, plain).Document!);
        var b = Readers.Preparer.Prepare(Readers.ReadOne(_reader, windows).Document!);

        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.Body, b.Body);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.DoesNotContain('\uFEFF', b.Title);
    }

    [Fact]
    public void Read_Latin1File_DecodedAsWindows1252()
    {
        var text = "Élection à Montréal\n\nLe député a déclaré « ça suffit » devant la presse.";
        var path = _folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes(text));

        var result = Readers.ReadOne(_reader, path);

        Assert.Equal(text, result.Document!.Content);
    }

    [Fact]
    public void Read_Windows1252Quotes_DecodedAsTypographicQuotes()
    {
        var path = _folder.WriteBytes("cp1252.txt", [.. "He said "u8, 0x93, .. "yes"u8, 0x94, .. " for 5 "u8, 0x80]);

        Assert.Equal("He said “yes” for 5 €", Readers.ReadOne(_reader, path).Document!.Content);
    }

    [Fact]
    public void Read_BrokenUtf8_RejectedWithReason()
    {
        var path = _folder.WriteBytes("broken.txt", [.. "Café "u8, 0xC3, 0x28, .. " fin"u8]);

        var result = Readers.ReadOne(_reader, path);

        Assert.Null(result.Document);
        Assert.Contains("broken.txt", result.Problem, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Read_EmptyFile_ProblemSaysEmpty(byte[] bytes)
    {
        var path = _folder.WriteBytes("empty.txt", bytes);

        var result = Readers.ReadOne(_reader, path);

        Assert.Equal(path + ": file is empty", result.Problem);
    }

    [Fact]
    public void Read_BinaryFile_ProblemSaysBinary()
    {
        var path = _folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);

        var result = Readers.ReadOne(_reader, path);

        Assert.Contains("binary", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverCap_RejectedBeforeReading()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Readers.ReadOne(_reader, path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal($"{path}: file is 50 MB, over the 20 MB limit; split it or raise Ingest:MaxFileBytes", result.Problem);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Read_MissingFile_ProblemNotException()
    {
        var result = Readers.ReadOne(_reader, Path.Combine(_folder.Path, "gone.txt"));

        Assert.Contains("file not found", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnbalancedQuotes_IndexedSensibly()
    {
        var path = _folder.Write("quotes.txt",
            "Minister quits\n\nShe said \"it is over. Nobody replied. « Vraiment ? Personne ne sait. The end came \"quickly.");

        var article = Readers.Preparer.Prepare(Readers.ReadOne(_reader, path).Document!);

        Assert.Equal("Minister quits", article.Title);
        Assert.Equal(5, article.Sentences.Count);
    }
}
