namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>Reads verb-dictionary lines into blocks, forms and synsets (see <see cref="VerbDictionary"/>).</summary>
internal sealed class VerbDictionaryReader
{
    private readonly Dictionary<string, List<VerbEntry>> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string[]>> _synsets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VerbBlock> _blocks = [];
    private readonly List<DictionaryIssue> _issues = [];

    public VerbDictionary Build()
    {
        var synsets = new Dictionary<string, string[][]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, phrases) in _synsets)
        {
            synsets[label] = [.. phrases];
        }

        return VerbDictionary.Create(_forms, synsets, _blocks, _issues);
    }

    public void Read(TextReader reader, string file)
    {
        VerbBlock? block = null;
        string? synset = null;
        bool synsetNoPlural = false;
        foreach (var line in DictionaryLines.Read(reader))
        {
            var content = line.Content;
            if (content.StartsWith("---", StringComparison.Ordinal))
            {
                block = ReadBlockHeader(content, file, line.Number);
                synset = null;
                continue;
            }

            if (content[0] == '&')
            {
                var label = content.Split([' ', '\t'], 2)[0];
                synsetNoPlural = label.EndsWith('_');
                synset = label.TrimEnd('_');
                if (!_synsets.ContainsKey(synset))
                {
                    _synsets[synset] = [];
                }

                continue;
            }

            if (content[0] == '+' && synset is not null)
            {
                AddSynsetPhrase(synset, content[1..], synsetNoPlural);
                continue;
            }

            if (content[0] == '-')
            {
                if (block is null)
                {
                    _issues.Add(new DictionaryIssue(file, line.Number, "pattern comes before any verb block (--- NAME [code] ---)"));
                    continue;
                }

                var pattern = ReadPattern(content[1..], file, line.Number);
                if (pattern is not null)
                {
                    block.Patterns.Add(line.Comment is null ? pattern : pattern with { Verbs = VerbsNamed(line.Comment, block) });
                }

                continue;
            }

            synset = null;
            if (block is null)
            {
                _issues.Add(new DictionaryIssue(file, line.Number, $"verb '{content}' comes before any verb block (--- NAME [code] ---)"));
                continue;
            }

            ReadVerb(content, block, file, line.Number);
        }
    }

    private VerbBlock? ReadBlockHeader(string content, string file, int lineNumber)
    {
        var inner = content.Trim('-').Trim();
        string? code = null;
        string? reciprocal = null;
        int open = inner.IndexOf('[');
        string name = inner;
        if (open >= 0)
        {
            int close = inner.IndexOf(']', open);
            if (close < 0)
            {
                _issues.Add(new DictionaryIssue(file, lineNumber, "block code '[' is not closed by ']'"));
                return null;
            }

            code = NormaliseCode(inner.AsSpan(open + 1, close - open - 1), out reciprocal);
            name = inner[..open].Trim();
        }

        var block = new VerbBlock(name.TrimEnd('_'), code, reciprocal);
        _blocks.Add(block);
        return block;
    }

    private void AddSynsetPhrase(string synset, string phrase, bool noPlural)
    {
        var words = PhraseWords.Split(phrase);
        if (words.Length == 0)
        {
            return;
        }

        _synsets[synset].Add(words);
        if (!noPlural && !phrase.TrimEnd().EndsWith('_'))
        {
            var plural = (string[])words.Clone();
            plural[^1] = PhraseWords.Plural(plural[^1]);
            _synsets[synset].Add(plural);
        }
    }

    /// <summary>
    /// The verbs of the block a pattern comment names ("# TAKE", "# STEP_UP , STEPPED_UP", "# KILLED_AND"):
    /// upper-case words that are forms of the block's verbs. Null when it names none (coder initials, dates, notes).
    /// </summary>
    private List<VerbEntry>? VerbsNamed(string comment, VerbBlock block)
    {
        List<VerbEntry>? verbs = null;
        foreach (var token in comment.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimStart('+').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (word.Length == 0 || !IsUpperWord(word[0]) || !_forms.TryGetValue(word[0], out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                // A multi-word name ("STEP_UP") picks the entry with those words; a single word every entry of that verb.
                bool wordsMatch = word.Length == 1 || entry.WordsAfter.SequenceEqual(word[1..], StringComparer.OrdinalIgnoreCase);
                if (ReferenceEquals(entry.Block, block) && wordsMatch)
                {
                    verbs ??= [];
                    if (!verbs.Contains(entry))
                    {
                        verbs.Add(entry);
                    }
                }
            }
        }

        return verbs;
    }

    private static bool IsUpperWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return word.Length > 1;
    }

    private void ReadVerb(string content, VerbBlock block, string file, int lineNumber)
    {
        var span = content.AsSpan();
        string? ownCode = null;
        string? ownReciprocal = null;
        int open = span.IndexOf('[');
        if (open >= 0)
        {
            int close = span[open..].IndexOf(']');
            if (close < 0)
            {
                _issues.Add(new DictionaryIssue(file, lineNumber, "verb code '[' is not closed by ']'"));
                return;
            }

            // An explicit [---] on a verb means "no event", not "the block's code".
            ownCode = NormaliseCode(span.Slice(open + 1, close - 1), out ownReciprocal) ?? VerbEntry.NoEvent;
            span = span[..open];
        }

        var irregular = new List<string>();
        int brace = span.IndexOf('{');
        if (brace >= 0)
        {
            int braceEnd = span.IndexOf('}');
            if (braceEnd < brace)
            {
                _issues.Add(new DictionaryIssue(file, lineNumber, "irregular forms '{' are not closed by '}'"));
                return;
            }

            foreach (var form in span.Slice(brace + 1, braceEnd - brace - 1).ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                irregular.Add(form);
            }

            span = span[..brace];
        }

        var phrase = span.Trim().ToString();
        if (phrase.Length == 0)
        {
            _issues.Add(new DictionaryIssue(file, lineNumber, "verb line has no verb"));
            return;
        }

        // In a multi-word verb the word marked with '+' is the verb; unmarked, the first word is.
        var words = phrase.TrimStart('+').Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        int verbIndex = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith('+'))
            {
                verbIndex = i;
                words[i] = words[i][1..];
            }
        }

        for (int i = 0; i < words.Length; i++)
        {
            words[i] = words[i].ToUpperInvariant();
        }

        var lemma = words[verbIndex];
        var entry = new VerbEntry(lemma, ownCode, block, words[..verbIndex], words[(verbIndex + 1)..], ownReciprocal);
        AddForm(lemma, entry);
        bool regular = irregular.Count == 0 || words.Length == 1;
        if (regular)
        {
            foreach (var form in VerbForms.Regular(lemma))
            {
                AddForm(form, entry);
            }
        }

        foreach (var form in irregular)
        {
            // Irregular forms of multi-word verbs are written whole (+ASKED_FOR): take the verb word.
            var formWords = form.TrimStart('+').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (formWords.Length > verbIndex)
            {
                AddForm(formWords[verbIndex].TrimStart('+').ToUpperInvariant(), entry);
            }
        }
    }

    private void AddForm(string form, VerbEntry entry)
    {
        if (!_forms.TryGetValue(form, out var list))
        {
            list = [];
            _forms[form] = list;
        }

        foreach (var existing in list)
        {
            if (ReferenceEquals(existing, entry))
            {
                return;
            }
        }

        list.Add(entry);
    }

    private VerbPattern? ReadPattern(string body, string file, int lineNumber)
    {
        int open = body.LastIndexOf('[');
        int close = open < 0 ? -1 : body.IndexOf(']', open);
        if (open < 0 || close < 0)
        {
            _issues.Add(new DictionaryIssue(file, lineNumber, "pattern has no [code]"));
            return null;
        }

        string? code = NormaliseCode(body.AsSpan(open + 1, close - open - 1), out string? reciprocal);
        var elements = body[..open];
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        bool seenVerb = false;
        bool joinNext = false;
        int i = 0;
        while (i < elements.Length)
        {
            char c = elements[i];
            if (c is ' ' or '\t' or '(' or ')' or '{' or '}')
            {
                joinNext = false;
                i++;
                continue;
            }

            if (c == '_')
            {
                joinNext = true;
                i++;
                continue;
            }

            int start = i;
            while (i < elements.Length && elements[i] is not (' ' or '\t' or '(' or ')' or '{' or '}' or '_'))
            {
                i++;
            }

            if (c == '&')
            {
                i = SynsetLabelEnd(elements, start, i);
            }

            var token = elements[start..i];
            var target = seenVerb ? after : before;
            bool joined = joinNext && target.Count > 0;
            joinNext = false;
            switch (token)
            {
                case "*":
                    if (seenVerb)
                    {
                        _issues.Add(new DictionaryIssue(file, lineNumber, "pattern has more than one verb marker '*'"));
                        return null;
                    }

                    seenVerb = true;
                    break;
                case "$":
                    target.Add(new PatternElement(PatternElementKind.Source, token, joined));
                    break;
                case "+":
                    target.Add(new PatternElement(PatternElementKind.Target, token, joined));
                    break;
                case "%":
                    target.Add(new PatternElement(PatternElementKind.Compound, token, joined));
                    break;
                case "^":
                    target.Add(new PatternElement(PatternElementKind.Skip, token, joined));
                    break;
                case "|":
                    // TABARI's disjunction is not supported by PETRARCH either: skip the pattern, say so.
                    _issues.Add(new DictionaryIssue(file, lineNumber, "disjunction '|' in a pattern is not supported; use a synset"));
                    return null;
                default:
                    if (token[0] == '&')
                    {
                        var label = token.TrimEnd('_');
                        if (!_synsets.ContainsKey(label))
                        {
                            _issues.Add(new DictionaryIssue(file, lineNumber, $"synset {label} is used before it is defined"));
                            return null;
                        }

                        target.Add(new PatternElement(PatternElementKind.Synset, label, joined));
                    }
                    else
                    {
                        target.Add(new PatternElement(PatternElementKind.Word, token.ToUpperInvariant(), joined));
                    }

                    break;
            }
        }

        if (!seenVerb)
        {
            _issues.Add(new DictionaryIssue(file, lineNumber, "pattern has no verb marker '*'"));
            return null;
        }

        return new VerbPattern(before, after, code, reciprocal, lineNumber);
    }

    /// <summary>
    /// Synset labels may contain underscores (&amp;FIGHT_OF_WORDS) while "_" also joins words
    /// (NEW_&amp;TIETYPES_RELATIONS): the label is the longest defined synset name at this point.
    /// </summary>
    private int SynsetLabelEnd(string elements, int start, int firstStop)
    {
        int runEnd = firstStop;
        while (runEnd < elements.Length && (char.IsLetterOrDigit(elements[runEnd]) || elements[runEnd] is '_' or '-'))
        {
            runEnd++;
        }

        for (int end = runEnd; end > firstStop; end--)
        {
            if ((end == runEnd || elements[end] == '_') && _synsets.ContainsKey(elements[start..end].TrimEnd('_')))
            {
                return end;
            }
        }

        return firstStop;
    }

    /// <summary>"042:043" → 042 (reciprocal 043); "---" → null (no event); "" → null.</summary>
    private static string? NormaliseCode(ReadOnlySpan<char> text, out string? reciprocal)
    {
        reciprocal = null;
        text = text.Trim();
        int colon = text.IndexOf(':');
        if (colon >= 0)
        {
            var rec = text[(colon + 1)..].Trim();
            reciprocal = rec.IsEmpty || rec.SequenceEqual("---") ? null : rec.ToString().ToUpperInvariant();
            text = text[..colon].Trim();
        }

        return text.IsEmpty || text.SequenceEqual("---") ? null : text.ToString().ToUpperInvariant();
    }
}
