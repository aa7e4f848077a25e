using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Ingest.Internal;

/// <summary>What the cleaner kept and cut, and the metadata it found on the way.</summary>
internal sealed record CleanedText(string Text, IReadOnlyList<RemovedSpan> Removed, IReadOnlyList<TextMapping> RawMap, string? Author, string? Title);

/// <summary>
/// Separates the article body from what surrounds it, for plain text and for text extracted from HTML.
/// Works line by line with general rules: position (leading headline and dateline, a trailing run of
/// short lines), lexical cues (sign-up, cookie and sharing notices; photo credits; "By" lines), and
/// repetition of body content (a pull quote restates a body sentence). Every cut is recorded with its
/// offsets in the raw input; the body keeps its paragraphs, joined by one blank line.
/// </summary>
internal static class ArticleCleaner
{
    private const int LeadingLines = 4;
    private const int ShortLineWords = 12;
    private const int PullQuoteMaxWords = 40;

    /// <summary>Display lines compared with the body, at most: an article has a few; a list of thousands is not an article.</summary>
    private const int MaxPullQuoteCandidates = 32;

    public static CleanedText Clean(string raw, int bodyStart, string? knownTitle, IReadOnlyList<RemovedSpan>? alreadyRemoved = null)
    {
        var lines = SplitLines(raw, bodyStart);
        var removed = new List<RemovedSpan>(alreadyRemoved ?? []);
        string? author = null;
        string? title = knownTitle;

        MarkLeadingHeader(raw, lines, ref title);
        MarkBylinesAndCaptions(raw, lines, ref author);
        MarkTrailingBoilerplate(raw, lines);
        MarkStrongBoilerplate(raw, lines);
        MarkPullQuotes(raw, lines, ref author);

        foreach (var line in lines)
        {
            foreach (var cut in line.Cuts)
            {
                removed.Add(new RemovedSpan(cut.Start, cut.End, cut.Kind, raw[cut.Start..cut.End]));
            }
        }

        removed.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (text, map) = Assemble(raw, lines);
        return new CleanedText(text, removed, map, author, title);
    }

    /// <summary>A non-blank line: its trimmed bounds, its paragraph, and what has been cut from it.</summary>
    private sealed class Line(int start, int end, int paragraph)
    {
        public int Start { get; set; } = start;

        public int End { get; } = end;

        public int Paragraph { get; } = paragraph;

        public List<(int Start, int End, RemovedKind Kind)> Cuts { get; } = [];

        /// <summary>Removed entirely (Start == End after cuts).</summary>
        public bool IsRemoved => Start >= End;

        public void Cut(int start, int end, RemovedKind kind)
        {
            Cuts.Add((start, end, kind));
            if (start == Start)
            {
                Start = end;
            }
        }

        public void CutAll(RemovedKind kind) => Cut(Start, End, kind);

        public ReadOnlySpan<char> Text(string raw) => raw.AsSpan(Start, End - Start);
    }

    /// <summary>
    /// The non-blank lines with their paragraph numbers. A blank line always separates paragraphs; a single
    /// line break does too, unless the text is hard-wrapped (most lines broken mid-sentence at similar widths).
    /// </summary>
    private static List<Line> SplitLines(string raw, int from)
    {
        bool lineIsParagraph = !IsHardWrapped(raw, from);
        var lines = new List<Line>();
        int paragraph = 0;
        bool blankBefore = false;
        int i = from;
        while (i < raw.Length)
        {
            int eol = raw.IndexOf('\n', i);
            int next = eol < 0 ? raw.Length : eol + 1;
            int s = i, e = eol < 0 ? raw.Length : eol;
            while (s < e && char.IsWhiteSpace(raw[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(raw[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                if ((blankBefore || lineIsParagraph) && lines.Count > 0)
                {
                    paragraph++;
                }

                lines.Add(new Line(s, e, paragraph));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            i = next;
        }

        return lines;
    }

    /// <summary>Hard-wrapped text: of the lines followed directly by another line, most are at most 100 characters and end mid-sentence.</summary>
    private static bool IsHardWrapped(string raw, int from)
    {
        int followed = 0, wrapped = 0;
        int i = from;
        while (i < raw.Length)
        {
            int eol = raw.IndexOf('\n', i);
            if (eol < 0)
            {
                break;
            }

            var line = raw.AsSpan(i, eol - i).Trim();
            int next = eol + 1;
            int nextEol = raw.IndexOf('\n', next);
            bool nextBlank = raw.AsSpan(next, (nextEol < 0 ? raw.Length : nextEol) - next).IsWhiteSpace();
            if (!line.IsEmpty && !nextBlank)
            {
                followed++;
                if (line.Length <= 100 && line[^1] is not ('.' or '!' or '?' or ':' or '"' or '”'))
                {
                    wrapped++;
                }
            }

            i = next;
        }

        return followed > 0 && wrapped * 2 > followed;
    }

    /// <summary>The headline (the title repeated, or a title-like first line) and the dateline at the top.</summary>
    private static void MarkLeadingHeader(string raw, List<Line> lines, ref string? title)
    {
        for (int k = 0; k < Math.Min(LeadingLines, lines.Count); k++)
        {
            var line = lines[k];
            var text = line.Text(raw);
            if (title is not null && SameWords(text, title))
            {
                line.CutAll(RemovedKind.Header);
                continue;
            }

            // A byline may sit between headline and dateline; the byline pass handles it.
            if (k > 0 && text.Length <= 80 && LineCues.Byline().IsMatch(text))
            {
                continue;
            }

            if (text.Length <= 80 && LineCues.DateLine().IsMatch(text))
            {
                line.CutAll(RemovedKind.Header);
                continue;
            }

            // The date patterns only run on the end of a line that ends in a digit, the dateline pattern on short lines.
            var trailing = char.IsDigit(raw[line.End - 1]) ? LineCues.TrailingDate().Match(raw, Tail(raw, line, 80), line.End - Tail(raw, line, 80)) : Match.Empty;
            if (trailing.Success && k == 0 && IsHeadlineLike(raw.AsSpan(line.Start, trailing.Index - line.Start)))
            {
                title ??= raw[line.Start..trailing.Index].Trim();
                line.CutAll(RemovedKind.Header);
                continue;
            }

            var leading = LineCues.LeadingDate().Match(raw, line.Start, line.End - line.Start);
            if (leading.Success)
            {
                line.Cut(line.Start, leading.Index + leading.Length, RemovedKind.Header);
                break;
            }

            // A short unpunctuated first line directly followed by a dateline is the headline.
            if (k == 0 && lines.Count > 1 && IsHeadlineLike(text) && lines[1].Text(raw).Length <= 80 && LineCues.DateLine().IsMatch(lines[1].Text(raw)))
            {
                title ??= text.ToString();
                line.CutAll(RemovedKind.Header);
                continue;
            }

            // A short unpunctuated first paragraph is the headline when nothing names another title.
            if (k == 0 && IsHeadlineLike(text) && IsWholeParagraph(lines, 0) && lines.Count > 1 && !LineCues.Byline().IsMatch(text)
                && (title is null || title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) || text.Contains(title, StringComparison.OrdinalIgnoreCase)))
            {
                title ??= text.Trim().ToString();
                line.CutAll(RemovedKind.Header);
                continue;
            }

            break;
        }
    }

    /// <summary>"By …" lines near the top become the author; lines ending in a photo credit are captions.</summary>
    private static void MarkBylinesAndCaptions(string raw, List<Line> lines, ref string? author)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.IsRemoved)
            {
                continue;
            }

            var text = line.Text(raw);
            int words = CountWords(text);
            if (k < LeadingLines + 2 && words <= 10)
            {
                var by = LineCues.Byline().Match(raw, line.Start, line.End - line.Start);
                if (by.Success)
                {
                    author ??= by.Groups["name"].Value.Trim();
                    line.CutAll(RemovedKind.Byline);
                    continue;
                }
            }

            // Wire credits close an article: "Reporting by …; Editing by …". The reporter is the author.
            if (k >= lines.Count - 3 && words <= 30)
            {
                var credit = LineCues.CreditLine().Match(raw, line.Start, line.End - line.Start);
                if (credit.Success)
                {
                    bool reporter = !credit.Value.Contains("editing", StringComparison.OrdinalIgnoreCase);
                    if (reporter)
                    {
                        author ??= credit.Groups["name"].Value.Trim();
                    }

                    line.CutAll(RemovedKind.Byline);
                    continue;
                }
            }

            if (words <= 80 && IsWholeParagraph(lines, k) && LineCues.CaptionCredit().Match(raw, Tail(raw, line, 100), line.End - Tail(raw, line, 100)).Success)
            {
                line.CutAll(RemovedKind.Caption);
            }
        }
    }

    /// <summary>
    /// The run of lines at the end made of notices: walking up from the last line, notice lines and short
    /// lines are taken until a long line without a cue; the run must start with a notice line.
    /// </summary>
    private static void MarkTrailingBoilerplate(string raw, List<Line> lines)
    {
        // A "Sources" / "References" heading in the second half opens apparatus that runs to the end.
        for (int k = lines.Count / 2; k < lines.Count; k++)
        {
            if (!lines[k].IsRemoved && LineCues.ClosingSection().IsMatch(lines[k].Text(raw)))
            {
                for (int j = k; j < lines.Count; j++)
                {
                    if (!lines[j].IsRemoved)
                    {
                        lines[j].CutAll(RemovedKind.Boilerplate);
                    }
                }

                break;
            }
        }

        int top = lines.Count;
        int cued = 0, taken = 0;
        for (int k = lines.Count - 1; k >= 0; k--)
        {
            var line = lines[k];
            if (line.IsRemoved)
            {
                continue;
            }

            var text = line.Text(raw);
            bool cue = LineCues.IsBoilerplate(text);
            if (!cue && CountWords(text) > ShortLineWords)
            {
                break;
            }

            taken++;
            if (cue)
            {
                cued++;
                top = k;
            }
        }

        if (cued == 0 || cued * 2 < taken - CountShortUncuedAbove(raw, lines, top))
        {
            return;
        }

        // A heading of the block ("Join our daily briefing"): a short line without sentence punctuation just above it.
        for (int k = top - 1; k >= 0 && k >= top - 2; k--)
        {
            var text = lines[k].Text(raw);
            if (lines[k].IsRemoved || CountWords(text) > 8 || text[^1] is '.' or '!' or '?' or '"' or '”' or ':')
            {
                break;
            }

            top = k;
        }

        for (int k = top; k < lines.Count; k++)
        {
            if (!lines[k].IsRemoved)
            {
                lines[k].CutAll(RemovedKind.Boilerplate);
            }
        }
    }

    private static int CountShortUncuedAbove(string raw, List<Line> lines, int top)
    {
        int n = 0;
        for (int k = top - 1; k >= 0; k--)
        {
            var text = lines[k].Text(raw);
            if (lines[k].IsRemoved || LineCues.IsBoilerplate(text) || CountWords(text) > ShortLineWords)
            {
                break;
            }

            n++;
        }

        return n;
    }

    /// <summary>Short lines anywhere that open with a strong notice cue ("Read more: …", "Advertisement").</summary>
    private static void MarkStrongBoilerplate(string raw, List<Line> lines)
    {
        foreach (var line in lines)
        {
            if (!line.IsRemoved && CountWords(line.Text(raw)) <= ShortLineWords && LineCues.StrongBoilerplate().IsMatch(line.Text(raw)))
            {
                line.CutAll(RemovedKind.Boilerplate);
            }
        }
    }

    /// <summary>
    /// A pull quote: a one-line paragraph of display text that restates a sentence of the body, with a dash
    /// attribution or wholly in quotation marks. A byline fused onto the attribution after a second dash
    /// ("… deputy chief of staff- Jane Doe") is the author, not the speaker.
    /// </summary>
    private static void MarkPullQuotes(string raw, List<Line> lines, ref string? author)
    {
        // Content words of each body sentence, computed once, on the first candidate.
        List<(int Line, HashSet<string> Words)>? bodySentences = null;
        int candidates = 0;
        for (int k = 0; k < lines.Count && candidates < MaxPullQuoteCandidates; k++)
        {
            var line = lines[k];
            if (line.IsRemoved || !IsWholeParagraph(lines, k))
            {
                continue;
            }

            var text = line.Text(raw);
            if (CountWords(text) > PullQuoteMaxWords)
            {
                continue;
            }

            int dash = FindSpacedDash(text, 0);
            ReadOnlySpan<char> claim;
            if (dash > 0 && CountWords(text[dash..]) <= 14)
            {
                claim = text[..dash];
            }
            else if (IsWhollyQuoted(text))
            {
                claim = text;
                dash = -1;
            }
            else
            {
                continue;
            }

            candidates++;
            bodySentences ??= BodySentenceWords(raw, lines);
            if (!RestatesBody(bodySentences, lines, k, claim))
            {
                continue;
            }

            int fused = dash > 0 ? FindBylineDash(text, dash + 2) : -1;
            if (fused > 0)
            {
                var name = text[(fused + 1)..].Trim();
                if (LineCues.PersonName().IsMatch(name) && HasLowercaseWord(text[dash..fused]))
                {
                    author ??= name.ToString();
                    int at = line.Start + fused;
                    line.Cut(line.Start, at, RemovedKind.PullQuote);
                    line.Cut(at, line.End, RemovedKind.Byline);
                    line.Start = line.End;
                    continue;
                }
            }

            line.CutAll(RemovedKind.PullQuote);
        }
    }

    private static List<(int Line, HashSet<string> Words)> BodySentenceWords(string raw, List<Line> lines)
    {
        var list = new List<(int, HashSet<string>)>();
        for (int k = 0; k < lines.Count; k++)
        {
            if (!lines[k].IsRemoved)
            {
                foreach (var sentence in RoughSentences(lines[k].Text(raw)))
                {
                    list.Add((k, ContentWords(sentence)));
                }
            }
        }

        return list;
    }

    /// <summary>Whether most content words of <paramref name="claim"/> occur in one sentence of another body paragraph.</summary>
    private static bool RestatesBody(List<(int Line, HashSet<string> Words)> bodySentences, List<Line> lines, int self, ReadOnlySpan<char> claim)
    {
        var claimWords = ContentWords(claim);
        if (claimWords.Count < 3)
        {
            return false;
        }

        foreach (var (k, words) in bodySentences)
        {
            if (k == self || lines[k].IsRemoved || lines[k].Paragraph == lines[self].Paragraph)
            {
                continue;
            }

            int shared = 0;
            foreach (var w in claimWords)
            {
                if (words.Contains(w))
                {
                    shared++;
                }
            }

            if (shared >= 3 && shared * 10 >= claimWords.Count * 7)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> RoughSentences(ReadOnlySpan<char> text)
    {
        var list = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                list.Add(text[start..(i + 1)].ToString());
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            list.Add(text[start..].ToString());
        }

        return list;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "was", "were", "has", "have", "had", "with", "that", "this", "from", "its", "his", "her",
        "their", "they", "will", "would", "not", "but", "been", "which", "who", "all", "our", "can", "more", "than", "into",
    };

    /// <summary>Lower-cased words of three letters or more, possessives stripped, stop words left out.</summary>
    private static HashSet<string> ContentWords(ReadOnlySpan<char> text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i - s >= 3)
            {
                var word = text[s..i].ToString().ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    set.Add(word);
                }
            }

            // Skip a possessive ’s / 's so "Syria’s" counts as "syria".
            if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S')
            {
                i += 2;
            }
        }

        return set;
    }

    /// <summary>The first dash with a space on both sides (" – ", " — ", " - "), or -1.</summary>
    private static int FindSpacedDash(ReadOnlySpan<char> text, int from)
    {
        for (int i = Math.Max(from, 1); i + 1 < text.Length; i++)
        {
            if (text[i] is '–' or '—' or '-' or '―' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                return i - 1;
            }
        }

        return -1;
    }

    /// <summary>The last dash touching a space on at least one side ("staff- Jane", "staff -Jane"), at or after <paramref name="from"/>; -1 if none.</summary>
    private static int FindBylineDash(ReadOnlySpan<char> text, int from)
    {
        for (int i = text.Length - 2; i > from; i--)
        {
            if (text[i] is '–' or '—' or '-' or '―' && (text[i + 1] == ' ' || text[i - 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWhollyQuoted(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] is '"' or '“' or '‘' or '\'' && text.TrimEnd(".").TrimEnd()[^1] is '"' or '”' or '’' or '\'';

    private static bool HasLowercaseWord(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLower(text[i]) && (i == 0 || text[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the last <paramref name="length"/> characters of a line start, moved back to a word start so patterns see whole words.</summary>
    private static int Tail(string raw, Line line, int length)
    {
        int at = Math.Max(line.Start, line.End - length);
        while (at > line.Start && !char.IsWhiteSpace(raw[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>A headline: at most 20 words, not ending in sentence punctuation.</summary>
    private static bool IsHeadlineLike(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 0 && CountWords(text) <= 20 && text[^1] is not ('.' or ',' or ';' or ':');
    }

    private static bool IsWholeParagraph(List<Line> lines, int k) =>
        (k == 0 || lines[k - 1].Paragraph != lines[k].Paragraph) && (k + 1 == lines.Count || lines[k + 1].Paragraph != lines[k].Paragraph);

    private static bool SameWords(ReadOnlySpan<char> a, string b)
    {
        var x = a.Trim();
        var y = b.AsSpan().Trim();
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsWhiteSpace(x[i]) && char.IsWhiteSpace(y[j]))
            {
                while (i < x.Length && char.IsWhiteSpace(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsWhiteSpace(y[j]))
                {
                    j++;
                }

                continue;
            }

            if (char.ToLowerInvariant(x[i]) != char.ToLowerInvariant(y[j]))
            {
                return false;
            }

            i++;
            j++;
        }

        return i == x.Length && j == y.Length;
    }

    internal static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    /// <summary>The body: each run of kept consecutive lines of one paragraph, copied unchanged, runs joined by a blank line.</summary>
    private static (string Text, List<TextMapping> Map) Assemble(string raw, List<Line> lines)
    {
        var sb = new StringBuilder(raw.Length);
        var map = new List<TextMapping>();
        int k = 0;
        while (k < lines.Count)
        {
            if (lines[k].IsRemoved)
            {
                k++;
                continue;
            }

            int first = k;
            while (k + 1 < lines.Count && !lines[k + 1].IsRemoved && lines[k + 1].Paragraph == lines[first].Paragraph)
            {
                k++;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            int rawStart = lines[first].Start;
            int rawEnd = lines[k].End;
            map.Add(new TextMapping(sb.Length, rawStart, rawEnd - rawStart));
            sb.Append(raw, rawStart, rawEnd - rawStart);
            k++;
        }

        return (sb.ToString(), map);
    }
}
