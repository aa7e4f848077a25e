namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>One meaningful line of a PETRARCH dictionary, comments removed; <see cref="Comment"/> is the text after <c>#</c>.</summary>
internal readonly record struct DictionaryLine(int Number, string Content, bool Indented, string? Comment = null);

/// <summary>
/// Reads the lines of a PETRARCH dictionary the way PETRARCH does: <c>#</c> and legacy <c>;</c>
/// start a comment, <c>&lt;!-- … --&gt;</c> comments may span lines, blank lines are skipped.
/// Indentation is kept as a flag because actor date restrictions are recognised by it.
/// </summary>
internal static class DictionaryLines
{
    public static IEnumerable<DictionaryLine> Read(TextReader reader, bool semicolonComments = true)
    {
        bool inXmlComment = false;
        int number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            string line = raw;
            if (inXmlComment)
            {
                int close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inXmlComment = false;
                line = line[(close + 3)..];
            }

            // Remove XML comments within the line; an unclosed one runs on to later lines.
            int open;
            while ((open = line.IndexOf("<!--", StringComparison.Ordinal)) >= 0)
            {
                int close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    inXmlComment = true;
                    line = line[..open];
                    break;
                }

                line = string.Concat(line.AsSpan(0, open), " ", line.AsSpan(close + 3));
            }

            int hash = line.IndexOf('#');
            string? comment = null;
            if (hash >= 0)
            {
                comment = line[(hash + 1)..];
                line = line[..hash];
            }

            if (semicolonComments)
            {
                int semi = line.IndexOf(';');
                if (semi >= 0)
                {
                    line = line[..semi];
                }
            }

            bool indented = line.Length > 0 && (line[0] == '\t' || line[0] == ' ');
            string content = line.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            yield return new DictionaryLine(number, content, indented, comment);
        }
    }
}
