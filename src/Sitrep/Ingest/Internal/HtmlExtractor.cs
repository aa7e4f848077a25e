using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Internal;

/// <summary>The article text of an HTML page (one block per line, blocks separated by blank lines), its metadata, and where each block's element sits in the page source.</summary>
internal sealed record HtmlArticle(string Text, string? Title, string? Author, DateOnly? Published, string? Url, string? Outlet, IReadOnlyList<HtmlBlock> Blocks);

/// <summary>One block of the extracted text [TextStart, TextEnd) and the source range [RawStart, RawEnd) of the element it came from.</summary>
internal readonly record struct HtmlBlock(int TextStart, int TextEnd, int RawStart, int RawEnd);

/// <summary>
/// Finds the main article in an HTML page with AngleSharp: drops scripts, navigation, asides, forms, footers
/// and elements whose class or id names them as ads, sharing, comments, newsletters or related links; takes
/// the article element (or the element holding the most paragraph text); and reads title, author and
/// publication date from Open Graph, article:*, schema.org JSON-LD and &lt;time datetime&gt;.
/// </summary>
internal static class HtmlExtractor
{
    private static readonly string[] DropTags = ["script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "svg", "button", "select"];

    private static readonly string[] NoiseNames =
    [
        "share", "social", "comment", "newsletter", "subscribe", "signup", "sign-up", "advert", "ad-", "ads", "promo", "sponsor",
        "related", "recommend", "cookie", "consent", "footer", "nav", "menu", "breadcrumb", "sidebar", "popup", "modal", "outbrain", "taboola",
    ];

    private static readonly string[] BlockTags = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt"];

    public static HtmlArticle? Extract(string html, out string? error)
    {
        error = null;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var body = document.Body;
        if (body is null || string.IsNullOrWhiteSpace(body.TextContent))
        {
            error = "HTML with no body text";
            return null;
        }

        var (title, author, published, url, outlet) = ReadMetadata(document);
        var container = FindArticle(body);
        foreach (var drop in container.QuerySelectorAll(string.Join(',', DropTags)).ToList())
        {
            drop.Remove();
        }

        foreach (var element in container.QuerySelectorAll("*").ToList())
        {
            if (IsNoise(element))
            {
                element.Remove();
            }
        }

        var sb = new StringBuilder();
        var blocks = new List<HtmlBlock>();
        AppendBlocks(container, html, sb, blocks);
        var text = sb.ToString().TrimEnd();
        if (text.Length == 0)
        {
            error = "HTML page has no article text";
            return null;
        }

        title ??= document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : document.Title?.Trim();
        return new HtmlArticle(text, string.IsNullOrWhiteSpace(title) ? null : title, author, published, url, outlet, blocks);
    }

    /// <summary>The &lt;article&gt;, articleBody or &lt;main&gt;; failing those, the element with the most paragraph text.</summary>
    private static IElement FindArticle(IElement body)
    {
        var explicitArticle = body.QuerySelector("[itemprop=articleBody]") ?? body.QuerySelector("article") ?? body.QuerySelector("main") ?? body.QuerySelector("[role=main]");
        if (explicitArticle is not null && ParagraphText(explicitArticle) > 0)
        {
            return explicitArticle;
        }

        IElement best = body;
        int bestScore = 0;
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var parent = p.ParentElement;
            if (parent is null)
            {
                continue;
            }

            int score = ParagraphText(parent);
            if (score > bestScore)
            {
                bestScore = score;
                best = parent;
            }
        }

        return best;
    }

    private static int ParagraphText(IElement element)
    {
        int n = 0;
        foreach (var child in element.Children)
        {
            if (child.LocalName == "p")
            {
                n += child.TextContent.Length;
            }
        }

        return n;
    }

    private static bool IsNoise(IElement element)
    {
        var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        if (names.Length <= 1)
        {
            return false;
        }

        names = names.ToLowerInvariant();
        foreach (var n in NoiseNames)
        {
            int at = names.IndexOf(n, StringComparison.Ordinal);
            // Match whole name parts only: "ad-" must not hit "head-", "nav" must not hit "canvas".
            if (at >= 0 && (at == 0 || !char.IsLetter(names[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One line per block element; nested blocks are written once, by the innermost block.</summary>
    private static void AppendBlocks(IElement element, string html, StringBuilder sb, List<HtmlBlock> blocks)
    {
        foreach (var child in element.Children)
        {
            if (Array.IndexOf(BlockTags, child.LocalName) >= 0 && !HasBlockChild(child))
            {
                AppendLine(child, CollapseWhitespace(child.TextContent), html, sb, blocks);
            }
            else
            {
                AppendBlocks(child, html, sb, blocks);
            }
        }

        // Text directly inside a container (no <p>) still counts as a block.
        if (!HasBlockChild(element) && Array.IndexOf(BlockTags, element.LocalName) < 0)
        {
            var own = new StringBuilder();
            foreach (var node in element.ChildNodes)
            {
                if (node.NodeType == NodeType.Text)
                {
                    own.Append(node.TextContent);
                }
            }

            AppendLine(element, CollapseWhitespace(own.ToString()), html, sb, blocks);
        }
    }

    private static void AppendLine(IElement element, string line, string html, StringBuilder sb, List<HtmlBlock> blocks)
    {
        if (line.Length == 0)
        {
            return;
        }

        var (rawStart, rawEnd) = SourceRange(element, html);
        blocks.Add(new HtmlBlock(sb.Length, sb.Length + line.Length, rawStart, rawEnd));
        sb.Append(line).Append("\n\n");
    }

    /// <summary>
    /// Where an element sits in the page source: from its start tag to the end of its matching end tag
    /// (same-name nesting counted). An element closed implicitly ends where its next sibling starts.
    /// </summary>
    private static (int Start, int End) SourceRange(IElement element, string html)
    {
        int start = element.SourceReference?.Position.Position ?? -1;
        if (start < 0 || start >= html.Length)
        {
            return (0, 0);
        }

        // AngleSharp reports the position just after the '<' of the start tag.
        while (start > 0 && html[start] != '<' && start > element.SourceReference!.Position.Position - 3)
        {
            start--;
        }

        string name = element.LocalName;
        int depth = 0;
        int i = start;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            bool closing = html[lt + 1] == '/';
            int nameStart = lt + (closing ? 2 : 1);
            if (string.CompareOrdinal(html, nameStart, name, 0, name.Length) == 0 && nameStart + name.Length < html.Length
                && !char.IsLetterOrDigit(html[nameStart + name.Length]))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    int gt = html.IndexOf('>', nameStart);
                    return (start, gt < 0 ? html.Length : gt + 1);
                }
            }

            i = lt + 1;
        }

        int next = (element.NextElementSibling?.SourceReference?.Position.Position ?? 0) - 1;
        return (start, next > start ? next : start);
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var d in element.Children)
        {
            if (Array.IndexOf(BlockTags, d.LocalName) >= 0 || HasBlockChild(d))
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static (string? Title, string? Author, DateOnly? Published, string? Url, string? Outlet) ReadMetadata(IDocument document)
    {
        string? Meta(string key) =>
            document.QuerySelector($"meta[property='{key}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v
            : document.QuerySelector($"meta[name='{key}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } w ? w : null;

        string? title = Meta("og:title") ?? Meta("twitter:title");
        string? author = Meta("author") ?? Meta("article:author") ?? Meta("byl");
        string? url = Meta("og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        string? outlet = Meta("og:site_name");
        var published = ParseDate(Meta("article:published_time") ?? Meta("datePublished") ?? Meta("date") ?? Meta("pubdate"));

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            ReadJsonLd(script.TextContent, ref title, ref author, ref published);
        }

        published ??= ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = null;
        }

        return (title, author, published, url, outlet);
    }

    private static void ReadJsonLd(string json, ref string? title, ref string? author, ref DateOnly? published)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var item in Items(doc.RootElement))
            {
                if (item.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String)
                {
                    title ??= h.GetString();
                }

                if (item.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    published ??= ParseDate(d.GetString());
                }

                if (item.TryGetProperty("author", out var a))
                {
                    author ??= AuthorName(a);
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common on real pages; the other metadata still applies.
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in root.EnumerateArray())
            {
                yield return e;
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in graph.EnumerateArray())
                {
                    yield return e;
                }
            }
        }
    }

    private static string? AuthorName(JsonElement a) => a.ValueKind switch
    {
        JsonValueKind.String => a.GetString(),
        JsonValueKind.Object when a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
        JsonValueKind.Array when a.GetArrayLength() > 0 => AuthorName(a[0]),
        _ => null,
    };

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) ? DateOnly.FromDateTime(dto.UtcDateTime) : null;
    }
}
