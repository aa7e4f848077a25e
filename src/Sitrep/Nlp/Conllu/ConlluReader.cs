namespace Sitrep.Nlp.Conllu;

/// <summary>
/// Reads CoNLL-U (universaldependencies.org/format.html): ten tab-separated columns per word, sentences
/// separated by blank lines. Multiword-token ranges (<c>1-2</c>) and empty nodes (<c>1.1</c>) are skipped,
/// so the words are exactly the nodes of the basic tree. Keeps <c># text</c>, <c># sent_id</c> and
/// <c># newdoc id</c>; other comments are ignored.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a file. Throws <see cref="ConlluFormatException"/> naming file and line.</summary>
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence; <paramref name="source"/> names the input in errors.</summary>
    public static List<ConlluSentence> Read(TextReader reader, string source)
    {
        var sentences = new List<ConlluSentence>();
        var words = new List<ConlluWord>();
        string? sentId = null, text = null, docId = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.AsSpan().IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                ReadComment(line, ref sentId, ref text, ref docId);
                continue;
            }

            var word = ParseWord(line, source, lineNumber, words.Count);
            if (word is not null)
            {
                words.Add(word);
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConlluSentence(sentId, text, [.. words]) { Source = source, DocumentId = docId });
            }

            words.Clear();
            sentId = null;
            text = null;
        }
    }

    private static void ReadComment(string line, ref string? sentId, ref string? text, ref string? docId)
    {
        var body = line.AsSpan(1).Trim();
        if (TryValue(body, "sent_id", out var v))
        {
            sentId = v;
        }
        else if (TryValue(body, "text", out v))
        {
            text = v;
        }
        else if (TryValue(body, "newdoc id", out v))
        {
            docId = v;
        }
    }

    private static bool TryValue(ReadOnlySpan<char> body, string key, out string value)
    {
        value = "";
        if (!body.StartsWith(key, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = body[key.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] != '=')
        {
            return false;
        }

        value = rest[1..].Trim().ToString();
        return true;
    }

    private static ConlluWord? ParseWord(string line, string source, int lineNumber, int wordsSoFar)
    {
        var span = line.AsSpan();
        Span<Range> cols = stackalloc Range[11];
        int n = span.Split(cols, '\t');
        if (n != 10)
        {
            throw new ConlluFormatException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {n}");
        }

        var id = span[cols[0]];
        if (id.Contains('-') || id.Contains('.'))
        {
            return null; // multiword range or empty node
        }

        if (!int.TryParse(id, out int index) || index != wordsSoFar + 1)
        {
            throw new ConlluFormatException($"{source}:{lineNumber}: word ID '{id}' is not {wordsSoFar + 1}, the next in sequence");
        }

        var headText = span[cols[6]];
        int head = -1;
        if (!headText.SequenceEqual("_") && (!int.TryParse(headText, out head) || head < 0))
        {
            throw new ConlluFormatException($"{source}:{lineNumber}: HEAD '{headText}' is not a word number");
        }

        return new ConlluWord(
            span[cols[1]].ToString(),
            span[cols[2]].ToString(),
            Intern(span[cols[3]]),
            Intern(span[cols[4]]),
            span[cols[5]].ToString(),
            head,
            Intern(span[cols[7]]),
            span[cols[9]].ToString());
    }

    // Tag and label columns repeat a few dozen values: share the strings.
    private static string Intern(ReadOnlySpan<char> value) => string.Intern(value.ToString());
}
