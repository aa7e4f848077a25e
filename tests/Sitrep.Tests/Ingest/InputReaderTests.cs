using System.Text;
using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public class InputReaderTests
{
    private const string Article = "Rebels shelled the border town of Karsa on Tuesday, killing four civilians.\n\nThe army said it would respond.\n";

    private static IngestResult ReadOne(string path, IngestOptions? options = null) =>
        Assert.Single(InputReader.Read([path], options ?? new IngestOptions()));

    [Fact]
    public void Reads_utf8_with_and_without_bom_and_utf16_with_bom()
    {
        using var dir = new TempFolder();
        var plain = dir.Write("plain.txt", Article);
        var bom = dir.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)]);
        var utf16 = dir.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);
        var utf16be = dir.Write("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)]);

        foreach (var path in new[] { plain, bom, utf16, utf16be })
        {
            var doc = ReadOne(path).Document;
            Assert.NotNull(doc);
            Assert.StartsWith("Rebels shelled", doc.Text, StringComparison.Ordinal);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), doc.Id);
        }
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_byte_offset()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("Troops moved in. ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" More text.")).ToArray();
        var result = ReadOne(dir.Write("bad.txt", bytes));
        Assert.Null(result.Document);
        Assert.Equal("invalid UTF-8 at byte offset 17 (not UTF-8 or UTF-16 with BOM)", result.Error);
    }

    [Fact]
    public void Binary_empty_and_whitespace_files_are_refused_with_a_reason()
    {
        using var dir = new TempFolder();
        Assert.Contains("binary", ReadOne(dir.Write("img.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02])).Error, StringComparison.Ordinal);
        Assert.Equal("empty file", ReadOne(dir.Write("empty.txt", [])).Error);
        Assert.Equal("file contains only whitespace", ReadOne(dir.Write("blank.txt", "  \n\n ")).Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(51L * 1024 * 1024);
        }

        var result = ReadOne(path);
        Assert.Null(result.Document);
        Assert.Equal("file is too large (51 MB; the limit is 50 MB)", result.Error);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        Assert.Equal("no such file or directory", ReadOne(Path.Combine(Path.GetTempPath(), "no-such-sitrep-input.txt")).Error);
    }

    [Fact]
    public void Header_lines_become_metadata_not_text()
    {
        using var dir = new TempFolder();
        var path = dir.Write("h.txt", "url: https://example.org/clash\ntitle: Clash at Karsa\npublished: 2024-03-12\nauthor: Lena Varga\nsource: Example Wire\n\n" + Article);
        var doc = ReadOne(path, new IngestOptions { Published = new DateOnly(2000, 1, 1) }).Document!;
        Assert.Equal("https://example.org/clash", doc.Source.Url);
        Assert.Equal("Clash at Karsa", doc.Source.Title);
        Assert.Equal(new DateOnly(2024, 3, 12), doc.Source.Published);
        Assert.Equal("Lena Varga", doc.Source.Author);
        Assert.Equal("Example Wire", doc.Source.Outlet);
        Assert.StartsWith("Rebels shelled", doc.Text, StringComparison.Ordinal);
        Assert.Equal(RemovedKind.Header, doc.Removed[0].Kind);
    }

    [Fact]
    public void A_bad_header_date_names_the_line()
    {
        using var dir = new TempFolder();
        var result = ReadOne(dir.Write("h.txt", "title: Clash\npublished: 12/03/2024\n\n" + Article));
        Assert.Equal("header line 2: '12/03/2024' is not a date in the form YYYY-MM-DD", result.Error);
    }

    [Fact]
    public void Command_line_date_applies_only_when_the_input_has_none()
    {
        using var dir = new TempFolder();
        var doc = ReadOne(dir.Write("a.txt", Article), new IngestOptions { Published = new DateOnly(2024, 3, 10) }).Document!;
        Assert.Equal(new DateOnly(2024, 3, 10), doc.Source.Published);
    }

    [Fact]
    public void Raw_map_points_each_body_run_back_to_the_raw_input()
    {
        using var dir = new TempFolder();
        var raw = "title: Clash\n\nClash\n\n" + Article;
        var doc = ReadOne(dir.Write("m.txt", raw)).Document!;
        Assert.NotEmpty(doc.RawMap);
        foreach (var run in doc.RawMap)
        {
            Assert.Equal(raw.Substring(run.RawStart, run.Length), doc.Text.Substring(run.TextStart, run.Length));
        }

        foreach (var cut in doc.Removed)
        {
            Assert.Equal(raw[cut.Start..cut.End], cut.Text);
        }
    }

    [Fact]
    public void Html_yields_the_article_and_its_metadata_without_navigation_ads_or_comments()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Site | Clash</title>
            <meta property="og:title" content="Clash at Karsa">
            <meta property="article:published_time" content="2024-03-12T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lena Varga"}}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="ad-slot">Buy now!</div>
            <article><h1>Clash at Karsa</h1>
            <p>Rebels shelled the border town of Karsa on Tuesday, killing four civilians.</p>
            <div class="share-bar">Share on Facebook</div>
            <p>The army said it would respond &amp; sent reinforcements.</p></article>
            <section id="comments"><p>First!</p></section>
            <footer>© Example Media</footer><script>var x = 1;</script>
            </body></html>
            """;
        using var dir = new TempFolder();
        var doc = ReadOne(dir.Write("page.html", html)).Document!;
        Assert.Equal("Clash at Karsa", doc.Source.Title);
        Assert.Equal("Lena Varga", doc.Source.Author);
        Assert.Equal(new DateOnly(2024, 3, 12), doc.Source.Published);
        Assert.Equal("Rebels shelled the border town of Karsa on Tuesday, killing four civilians.\n\nThe army said it would respond & sent reinforcements.", doc.Text);
    }

    [Fact]
    public void Html_without_an_article_element_keeps_the_story_and_cuts_byline_caption_ads_and_links()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Clash at Karsa kills four | Example Wire</title>
            <meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://example.org/world/karsa"></head>
            <body><header class="site-header"><ul class="menu"><li>World</li><li>Politics</li></ul></header>
            <div id="cookie-banner">We use cookies to improve your experience.</div>
            <div class="layout"><div class="story">
            <h1>Clash at Karsa kills four</h1><p class="byline">By Lena Varga</p>
            <time datetime="2024-03-12T09:30:00+01:00">12 March 2024</time>
            <figure><img src="x.jpg"><figcaption>Smoke over Karsa on Tuesday. Photo: Tom Reyes</figcaption></figure>
            <p>Government forces and rebels exchanged artillery fire near the northern border town of Karsa on Tuesday, killing four civilians, officials said.</p>
            <p>Advertisement</p>
            <p>The interior minister, Farid Osman, said the army would &ldquo;respond with force&rdquo; if the shelling continued.</p>
            <p>Read more: <a href="/k">Karsa's long history of border disputes</a></p>
            <p>Aid agencies said thousands of families had fled towards the coast since the weekend.</p>
            <ul class="related-links"><li><a href="/a">Ceasefire talks stall</a></li></ul></div>
            <aside><h3>Most read</h3><ol><li>Something else</li></ol></aside></div>
            <div class="comments"><p>This is terrible.</p></div><footer><p>© 2024 Example Wire.</p></footer></body></html>
            """;
        using var dir = new TempFolder();
        var doc = ReadOne(dir.Write("story.html", html)).Document!;
        Assert.Equal("Lena Varga", doc.Source.Author);
        Assert.Equal("Example Wire", doc.Source.Outlet);
        Assert.Equal("https://example.org/world/karsa", doc.Source.Url);
        Assert.Equal(new DateOnly(2024, 3, 12), doc.Source.Published);
        Assert.Equal(
            [RemovedKind.Header, RemovedKind.Byline, RemovedKind.Header, RemovedKind.Caption, RemovedKind.Boilerplate, RemovedKind.Boilerplate],
            doc.Removed.Select(r => r.Kind));
        Assert.Equal(
            "Government forces and rebels exchanged artillery fire near the northern border town of Karsa on Tuesday, killing four civilians, officials said.\n\n" +
            "The interior minister, Farid Osman, said the army would “respond with force” if the shelling continued.\n\n" +
            "Aid agencies said thousands of families had fled towards the coast since the weekend.",
            doc.Text);

        // Each cut points at the element it came from in the page source; markup has no raw map.
        Assert.Empty(doc.RawMap);
        Assert.Equal("<p class=\"byline\">By Lena Varga</p>", html[doc.Removed[1].Start..doc.Removed[1].End]);
        Assert.Equal("<figcaption>Smoke over Karsa on Tuesday. Photo: Tom Reyes</figcaption>", html[doc.Removed[3].Start..doc.Removed[3].End]);
        Assert.Equal("<p>Advertisement</p>", html[doc.Removed[4].Start..doc.Removed[4].End]);
    }

    [Fact]
    public void Html_date_from_a_time_element_and_no_body_is_an_error()
    {
        using var dir = new TempFolder();
        var doc = ReadOne(dir.Write("t.htm", "<html><body><main><time datetime=\"2023-05-01\">1 May</time><p>Talks resumed in Geneva after a long pause between the parties.</p></main></body></html>")).Document!;
        Assert.Equal(new DateOnly(2023, 5, 1), doc.Source.Published);
        Assert.Equal("HTML with no body text", ReadOne(dir.Write("empty.html", "<html><head><title>x</title></head><body>  </body></html>")).Error);
    }

    [Fact]
    public void Json_lines_give_one_document_per_line_and_name_a_bad_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("batch.jsonl",
            "{\"text\": \"Rebels shelled Karsa on Tuesday.\", \"title\": \"Clash\", \"published\": \"2024-03-12\", \"author\": \"Lena Varga\"}\n" +
            "{not json}\n" +
            "{\"html\": \"<html><body><p>Talks resumed in Geneva on Monday.</p></body></html>\", \"url\": \"https://example.org/t\"}\n" +
            "{\"title\": \"no body\"}\n");
        var results = InputReader.Read([path], new IngestOptions()).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("Rebels shelled Karsa on Tuesday.", results[0].Document!.Text);
        Assert.Equal("Lena Varga", results[0].Document!.Source.Author);
        Assert.Equal($"{path}:2", results[1].Input);
        Assert.StartsWith("not valid JSON", results[1].Error, StringComparison.Ordinal);
        Assert.Equal("Talks resumed in Geneva on Monday.", results[2].Document!.Text);
        Assert.Equal("https://example.org/t", results[2].Document!.Source.Url);
        Assert.Equal(12, results[2].Document!.Id.Length);
        Assert.Equal("no \"text\" or \"html\" string", results[3].Error);
    }

    [Fact]
    public void Directories_are_read_recursively_in_a_stable_order_and_a_bad_file_is_skipped()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", Article);
        dir.Write("sub/a.txt", Article);
        dir.Write("c.bin", [0, 1, 2, 3]);
        dir.Write(".hidden.txt", Article);
        var results = InputReader.Read([dir.Path], new IngestOptions()).ToList();
        Assert.Equal(["b.txt", "c.bin", Path.Combine("sub", "a.txt")], results.Select(r => Path.GetRelativePath(dir.Path, r.Input)));
        Assert.NotNull(results[0].Document);
        Assert.Null(results[1].Document);
        Assert.NotNull(results[2].Document);
    }

    [Fact]
    public void A_directory_without_readable_files_is_an_error()
    {
        using var dir = new TempFolder();
        Assert.Equal("directory has no files to read", ReadOne(dir.Path).Error);
        dir.Write("x.dat", [0, 0, 0]);
        var results = InputReader.Read([dir.Path], new IngestOptions()).ToList();
        Assert.Equal("directory has no readable files", results[^1].Error);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_recognised()
    {
        var lines = "{\"text\": \"Rebels shelled Karsa on Tuesday.\"}\n{\"text\": \"Talks resumed on Monday.\"}\n";
        var options = new IngestOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(lines)) };
        var results = InputReader.Read(["-"], options).ToList();
        Assert.Equal(["Rebels shelled Karsa on Tuesday.", "Talks resumed on Monday."], results.Select(r => r.Document!.Text));
        Assert.Equal("-:2", results[1].Input);
    }

    [Fact]
    public void Standard_input_is_read_with_a_content_hash_id()
    {
        var options = new IngestOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(Article)) };
        var doc = Assert.Single(InputReader.Read(["-"], options)).Document!;
        Assert.StartsWith("Rebels shelled", doc.Text, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{12}$", doc.Id);
        Assert.Equal(doc.Id, Assert.Single(InputReader.Read(["-"], options)).Document!.Id);
    }
}
