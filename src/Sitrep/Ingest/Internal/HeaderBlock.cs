using System.Globalization;

namespace Sitrep.Ingest.Internal;

/// <summary>Metadata from a plain-text file's leading <c>key: value</c> lines (url, title, published, author, source).</summary>
internal sealed record HeaderBlock(int End, string? Url, string? Title, string? Author, string? Outlet, DateOnly? Published, string? Error)
{
    private static readonly string[] Keys = ["url", "title", "published", "date", "author", "source", "outlet"];

    /// <summary>
    /// Reads header lines at the top of <paramref name="text"/>. A header exists only when the first line is a
    /// known key and the block ends with a blank line; otherwise the whole text is body (End = 0).
    /// </summary>
    public static HeaderBlock Parse(string text)
    {
        string? url = null, title = null, author = null, outlet = null, error = null;
        DateOnly? published = null;
        int i = 0;
        int lineNumber = 0;
        while (i < text.Length)
        {
            int eol = text.IndexOf('\n', i);
            int next = eol < 0 ? text.Length : eol + 1;
            var line = text.AsSpan(i, (eol < 0 ? text.Length : eol) - i).TrimEnd('\r');
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                return lineNumber == 1 ? None : new HeaderBlock(next, url, title, author, outlet, published, error);
            }

            int colon = line.IndexOf(':');
            string? key = colon > 0 ? FindKey(line[..colon].Trim()) : null;
            if (key is null)
            {
                return None;
            }

            string value = line[(colon + 1)..].Trim().ToString();
            switch (key)
            {
                case "url": url = value; break;
                case "title": title = value; break;
                case "author": author = value; break;
                case "source" or "outlet": outlet = value; break;
                default:
                    if (DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        published = d;
                    }
                    else
                    {
                        error ??= $"header line {lineNumber}: '{value}' is not a date in the form YYYY-MM-DD";
                    }

                    break;
            }

            i = next;
        }

        // Headers with no body after them: treat as header only when every line was a key.
        return new HeaderBlock(text.Length, url, title, author, outlet, published, error);
    }

    private static HeaderBlock None { get; } = new(0, null, null, null, null, null, null);

    private static string? FindKey(ReadOnlySpan<char> key)
    {
        foreach (var k in Keys)
        {
            if (key.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }
}
