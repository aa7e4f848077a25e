namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Reads Universal NER IOB2 files: one token per line (id, form, tag, -, annotator), '#' comments
/// (<c># newdoc id = …</c> starts a document),
/// a blank line between sentences. Tags other than PER/ORG/LOC (UNER has none in English, but other
/// files may) are read as O so the label set stays fixed.
/// </summary>
internal static class IobReader
{
    public static List<NerSentence> Read(string path)
    {
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var labels = new List<byte>();
        string name = Path.GetFileName(path);
        string document = name;
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                const string NewDocument = "# newdoc id = ";
                if (line.StartsWith(NewDocument, StringComparison.Ordinal))
                {
                    Flush();
                    document = line[NewDocument.Length..].Trim();
                }

                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected at least 3 tab-separated columns (id, form, tag), found {parts.Length}");
            }

            words.Add(parts[1]);
            labels.Add(ParseTag(parts[2], path, lineNumber));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(NerSentence.FromWords(document, $"{name}#{sentences.Count + 1}", words, [.. labels]));
                words.Clear();
                labels.Clear();
            }
        }
    }

    private static byte ParseTag(string tag, string path, int lineNumber)
    {
        if (tag == "O")
        {
            return NerLabels.O;
        }

        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: '{tag}' is not an IOB2 tag (O, B-TYPE or I-TYPE)");
        }

        int type = NerLabels.TypeIndex(tag.AsSpan(2));
        if (type < 0)
        {
            return NerLabels.O;
        }

        return (byte)(tag[0] == 'B' ? NerLabels.Begin(type) : NerLabels.Inside(type));
    }
}
