using System.Globalization;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Reads the named persons, organisations and places of a GUM CoNLL-U file as BIO-labelled sentences.
/// </summary>
/// <remarks>
/// GUM marks every mention in MISC <c>Entity=</c> brackets (<c>(12-person-new-…-Identity</c> opens,
/// <c>12)</c> closes, nested freely), pronouns and common nouns included. Universal NER labels only
/// the name itself, without titles or determiners ("NASA Administrator Charles Bolden" is ORG "NASA"
/// and PER "Charles Bolden"). So a mention counts only when its syntactic head is a proper noun, and
/// its name is the head plus the tokens joined to it by name-internal relations (compound, flat,
/// fixed, "of"-modifiers that are proper nouns); titles (nmod:desc), possessors, appositions and
/// determiners stay outside. Where two such names overlap, the longer one wins.
/// </remarks>
internal static class GumEntityReader
{
    private const int NoHead = -1;

    /// <summary>Marks tokens taken by a name of another type (work, event …) while resolving overlaps.</summary>
    private const byte Claimed = 0xFF;

    public static List<NerSentence> Read(string path)
    {
        var sentences = new List<NerSentence>();
        var rows = new List<Row>();
        var open = new List<(string Id, int Start, string Type)>();
        var mentions = new List<Mention>();
        string name = Path.GetFileNameWithoutExtension(path);
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
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 10 tab-separated CoNLL-U columns, found {cols.Length}");
            }

            // Multi-word tokens (1-2) and empty nodes (1.1) are not surface words.
            if (cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }

            if (!int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out int head))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: HEAD '{cols[6]}' is not a number");
            }

            int index = rows.Count;
            rows.Add(new Row(cols[1], cols[3], cols[4], head - 1, cols[7]));
            ReadEntities(cols[9], index, open, mentions, path, lineNumber);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (rows.Count > 0)
            {
                sentences.Add(Label(name, $"{name}#{sentences.Count + 1}", rows, mentions));
            }

            rows.Clear();
            open.Clear(); // a mention never crosses a sentence boundary in GUM; drop any left open
            mentions.Clear();
        }
    }

    private readonly record struct Row(string Form, string Upos, string Xpos, int Head, string Deprel);

    private readonly record struct Mention(int Start, int End, string Type);

    /// <summary>Parses the Entity= value of one token's MISC column, opening and closing mentions.</summary>
    private static void ReadEntities(string misc, int token, List<(string Id, int Start, string Type)> open, List<Mention> mentions, string path, int lineNumber)
    {
        int at = misc.IndexOf("Entity=", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        int i = at + "Entity=".Length;
        int end = misc.IndexOf('|', i);
        if (end < 0)
        {
            end = misc.Length;
        }

        while (i < end)
        {
            if (misc[i] == '(')
            {
                int stop = i + 1;
                while (stop < end && misc[stop] != '(' && misc[stop] != ')')
                {
                    stop++;
                }

                var fields = misc.AsSpan(i + 1, stop - i - 1);
                int dash = fields.IndexOf('-');
                if (dash <= 0)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: malformed Entity annotation '{misc[at..end]}'");
                }

                string id = fields[..dash].ToString();
                var rest = fields[(dash + 1)..];
                int typeEnd = rest.IndexOf('-');
                string type = (typeEnd < 0 ? rest : rest[..typeEnd]).ToString();
                if (stop < end && misc[stop] == ')')
                {
                    mentions.Add(new Mention(token, token, type));
                    stop++;
                }
                else
                {
                    open.Add((id, token, type));
                }

                i = stop;
            }
            else
            {
                int close = misc.IndexOf(')', i, end - i);
                if (close < 0)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: malformed Entity annotation '{misc[at..end]}'");
                }

                var id = misc.AsSpan(i, close - i);
                for (int k = open.Count - 1; k >= 0; k--)
                {
                    if (id.SequenceEqual(open[k].Id))
                    {
                        mentions.Add(new Mention(open[k].Start, token, open[k].Type));
                        open.RemoveAt(k);
                        break;
                    }
                }

                i = close + 1;
            }
        }
    }

    private static NerSentence Label(string document, string source, List<Row> rows, List<Mention> mentions)
    {
        // Names of every type compete for their tokens, so a person nested in a work or event name
        // ("Fan" in "Fan Expo Canada") is not a person name; only PER/ORG/LOC names are labelled.
        var candidates = new List<(int First, int End, int Type)>();
        foreach (var mention in mentions)
        {
            int type = mention.Type switch
            {
                "person" => 0,
                "organization" => 1,
                "place" => 2,
                _ => -1,
            };
            if (NameOf(rows, mention) is { } name)
            {
                candidates.Add((name.First, name.End, type));
            }
        }

        // Longest first, then leftmost: an outer name ("Kennedy Space Center") beats a nested one ("Kennedy").
        candidates.Sort((a, b) => (b.End - b.First).CompareTo(a.End - a.First) is var c and not 0 ? c : a.First.CompareTo(b.First));
        var labels = new byte[rows.Count];
        foreach (var (first, end, type) in candidates)
        {
            bool free = true;
            for (int i = first; i < end && free; i++)
            {
                free = labels[i] == NerLabels.O;
            }

            if (!free)
            {
                continue;
            }

            if (type < 0)
            {
                for (int i = first; i < end; i++)
                {
                    labels[i] = Claimed;
                }

                continue;
            }

            labels[first] = (byte)NerLabels.Begin(type);
            for (int i = first + 1; i < end; i++)
            {
                labels[i] = (byte)NerLabels.Inside(type);
            }
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == Claimed)
            {
                labels[i] = NerLabels.O;
            }
        }

        var words = new string[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            words[i] = rows[i].Form;
        }

        return NerSentence.FromWords(document, source, words, labels);
    }

    /// <summary>The name inside a mention as a token range [First, End), or null when its head is no proper noun.</summary>
    private static (int First, int End)? NameOf(List<Row> rows, Mention mention)
    {
        int head = NoHead;
        for (int i = mention.Start; i <= mention.End; i++)
        {
            int parent = rows[i].Head;
            if (parent < mention.Start || parent > mention.End)
            {
                head = i;
                break;
            }
        }

        if (head == NoHead)
        {
            return null;
        }

        if (rows[head].Upos != "PROPN")
        {
            return NameUnderCommonNoun(rows, mention, head);
        }

        // Plural proper-noun heads of persons are nationalities ("the Americans"), not names.
        if (rows[head].Xpos == "NNPS" && mention.Type == "person")
        {
            return null;
        }

        var inName = new bool[mention.End - mention.Start + 1];
        inName[head - mention.Start] = true;
        bool grew = true;
        while (grew)
        {
            grew = false;
            for (int i = mention.Start; i <= mention.End; i++)
            {
                int parent = rows[i].Head;
                if (!inName[i - mention.Start] && parent >= mention.Start && parent <= mention.End
                    && inName[parent - mention.Start] && JoinsName(rows, i, parent))
                {
                    inName[i - mention.Start] = true;
                    grew = true;
                }
            }
        }

        int first = head, last = head;
        while (Next(-1, ref first))
        {
        }

        while (Next(+1, ref last))
        {
        }

        return (first, last + 1);

        // Moves one name token further in a direction, across connectors ("of", "-", "&") only when a name token follows.
        bool Next(int step, ref int edge)
        {
            for (int k = edge + step; k >= mention.Start && k <= mention.End; k += step)
            {
                if (inName[k - mention.Start])
                {
                    edge = k;
                    return true;
                }

                if (!IsConnector(rows[k]))
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// GUM attaches some names to a role noun with flat ("columnist Dan Savage", "director … Suleiman
    /// al-Amr"): the name is then the run of proper nouns flat on that noun, with their own dependents.
    /// </summary>
    private static (int First, int End)? NameUnderCommonNoun(List<Row> rows, Mention mention, int head)
    {
        int first = -1, last = -1;
        for (int i = mention.Start; i <= mention.End; i++)
        {
            if (rows[i].Head == head && rows[i].Deprel == "flat" && rows[i].Upos == "PROPN")
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0 || first < head)
        {
            return null;
        }

        // Take in what hangs off the run ("al - Amr": the hyphen and "Amr" depend on "al").
        while (last + 1 <= mention.End && rows[last + 1].Head >= first && rows[last + 1].Head <= mention.End && rows[last + 1].Head != head
            && (rows[last + 1].Upos == "PROPN" || rows[last + 1].Form == "-"))
        {
            last++;
        }

        return (first, last + 1);
    }

    private static bool JoinsName(List<Row> rows, int child, int parent)
    {
        var row = rows[child];
        bool nameLike = row.Upos is "PROPN" or "NUM" || (row.Form.Length > 0 && (char.IsUpper(row.Form[0]) || char.IsDigit(row.Form[0])));
        switch (row.Deprel)
        {
            case "flat":
            case "flat:name":
            case "flat:foreign":
            case "fixed":
            case "goeswith":
                return true;
            case "compound":
            case "amod":
                // "US team Cloud9", "mainland Australia": common words before a name are not part of it.
                return nameLike;
            case "nummod":
                return child > parent;
            case "conj":
                // A coordination inside a modifier is one name ("National Air and Space Museum": "Space"
                // is a conjunct of "Air"); conjuncts of the name itself are other names ("Australia and New Zealand").
                return child > parent && nameLike && rows[parent].Deprel is "compound" or "amod" or "flat";
            case "nmod":
                // "Bank of America", "Centre for Control of …" but not "Chairman of the Centre", "Mickey by The Katherinator".
                return child > parent && row.Upos == "PROPN" && HasOfLikeCaseAndNoDeterminer(rows, child);
            default:
                return false;
        }
    }

    private static bool HasOfLikeCaseAndNoDeterminer(List<Row> rows, int token)
    {
        bool ofLike = false;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Head != token)
            {
                continue;
            }

            if (rows[i].Deprel == "det")
            {
                return false;
            }

            // "University of NSW 's school": the possessive marker is a second case child; "of" still counts.
            if (rows[i].Deprel == "case")
            {
                ofLike |= rows[i].Form.ToLowerInvariant() is "of" or "for" or "de" or "del" or "da" or "du" or "des";
            }
        }

        return ofLike;
    }

    private static bool IsConnector(Row row) =>
        row.Upos is "ADP" or "DET" or "CCONJ" || (row.Upos == "PUNCT" && row.Form is "-" or "&" or "." or "'");
}
