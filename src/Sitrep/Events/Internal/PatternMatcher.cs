using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Matches PETRARCH verb patterns on the words of a sentence, TABARI-style: elements before the verb
/// are found right to left, elements after it left to right, each within a few words of the previous one
/// (directly next to it where the pattern joins them with <c>_</c>). <c>$</c>, <c>+</c> and <c>%</c> bind
/// to the actor mention found at that point. With <c>plurals</c>, a literal word also matches its regular plural.
/// </summary>
internal sealed class PatternMatcher(string text, IReadOnlyList<Token> tokens, int first, int end, List<ActorMention> mentions, VerbDictionary verbs, bool plurals = false)
{
    /// <summary>How far (in words) a pattern element may be from the previous one when not joined.</summary>
    private const int MaxGap = 6;

    /// <summary>The pattern that matched, the actors it bound, and the words it used (these are not triggers again).</summary>
    public readonly record struct Result(VerbPattern Pattern, ActorMention? Source, ActorMention? Target, bool Compound, int[] UsedWords);

    private readonly List<int> _used = [];
    private HashSet<int>? _sentenceWords;

    /// <summary>Case-insensitive hashes of the sentence's words, built on first use, for quick rejection.</summary>
    private HashSet<int> SentenceWords
    {
        get
        {
            if (_sentenceWords is null)
            {
                _sentenceWords = new HashSet<int>(end - first);
                for (int i = first; i < end; i++)
                {
                    var w = Words.At(text, tokens, i);
                    _sentenceWords.Add(string.GetHashCode(w, StringComparison.OrdinalIgnoreCase));

                    // A plural also stands for its singular pattern word (see Words.IsOrPlural).
                    if (plurals && w.Length >= 3 && w[^1] is 's' or 'S')
                    {
                        _sentenceWords.Add(string.GetHashCode(w[..^1], StringComparison.OrdinalIgnoreCase));
                        _sentenceWords.Add(string.GetHashCode(w[..^2], StringComparison.OrdinalIgnoreCase));
                        if (w.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
                        {
                            _sentenceWords.Add(string.GetHashCode(string.Concat(w[..^3], "y"), StringComparison.OrdinalIgnoreCase));
                        }
                    }
                }
            }

            return _sentenceWords;
        }
    }

    private bool MayMatch(VerbPattern pattern)
    {
        foreach (int h in pattern.RequiredWordHashes)
        {
            if (!SentenceWords.Contains(h))
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="verb">The verb of the block found in the text: patterns written for other verbs of the block are passed over.</param>
    public Result? Best(VerbBlock block, int verbStart, int verbEnd, VerbEntry? verb = null)
    {
        Result? best = null;
        int bestScore = -1;
        foreach (var pattern in block.Patterns)
        {
            if (pattern.Specificity <= bestScore || !MayMatch(pattern) || (verb is not null && !pattern.AppliesTo(verb)))
            {
                continue;
            }

            ActorMention? source = null, target = null;
            bool compound = false;
            _used.Clear();
            if (MatchAfter(pattern.After, verbEnd, ref source, ref target, ref compound) && MatchBefore(pattern.Before, verbStart, ref source, ref target, ref compound))
            {
                best = new Result(pattern, source, target, compound, [.. _used]);
                bestScore = pattern.Specificity;
            }
        }

        return best;
    }

    private bool MatchAfter(IReadOnlyList<PatternElement> elements, int from, ref ActorMention? source, ref ActorMention? target, ref bool compound)
    {
        int pos = from;
        for (int e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            int limit = element.Joined ? pos + 1 : Math.Min(end, pos + MaxGap);

            bool found = false;
            for (int i = pos; i < limit && i < end; i++)
            {
                // A partial quotation is part of the clause: 'held “the majority of responsibility”'.
                if (IsQuotationMark(Words.At(text, tokens, i)) && !element.Joined)
                {
                    limit = Math.Min(end, limit + 1);
                    continue;
                }

                if (Words.IsPhraseBreak(Words.At(text, tokens, i)))
                {
                    break;
                }

                // A final "(TO)" asks for a phrase "to X", not the infinitive of another verb ("efforts to improve").
                if (e == elements.Count - 1 && element.Kind == PatternElementKind.Word && element.Text == "TO" && IsInfinitive(i))
                {
                    continue;
                }

                int next = MatchAt(element, i, ref source, ref target, ref compound);
                if (next > 0)
                {
                    pos = next;
                    found = true;
                    break;
                }
            }

            if (!found && element.Kind != PatternElementKind.Skip)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuotationMark(ReadOnlySpan<char> w) => w is "\"" or "“" or "”";

    private bool MatchBefore(IReadOnlyList<PatternElement> elements, int verbStart, ref ActorMention? source, ref ActorMention? target, ref bool compound)
    {
        int pos = verbStart; // elements must end before pos
        for (int e = elements.Count - 1; e >= 0; e--)
        {
            var element = elements[e];
            bool found = false;
            int lowest = Math.Max(first, pos - MaxGap);
            for (int i = pos - 1; i >= lowest; i--)
            {
                if (Words.IsPhraseBreak(Words.At(text, tokens, i)))
                {
                    break;
                }

                int next = MatchAt(element, i, ref source, ref target, ref compound);
                if (next > 0 && next <= pos)
                {
                    pos = StartOf(element, i);
                    found = true;
                    break;
                }
            }

            if (!found && element.Kind != PatternElementKind.Skip)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"to" followed by a verb's base form (the lemma the dictionary lists) and no actor.</summary>
    private bool IsInfinitive(int i)
    {
        if (i + 1 >= end || MentionAt(i + 1) is not null)
        {
            return false;
        }

        var next = Words.At(text, tokens, i + 1);
        foreach (var entry in verbs.Lookup(next))
        {
            if (next.Equals(entry.Lemma, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private int StartOf(PatternElement element, int i)
    {
        if (element.Kind is PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound)
        {
            var m = MentionAt(i);
            return m?.Start ?? i;
        }

        return i;
    }

    /// <summary>Matches one element at word i; returns the index after it, or 0 when it does not match.</summary>
    private int MatchAt(PatternElement element, int i, ref ActorMention? source, ref ActorMention? target, ref bool compound)
    {
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                if (plurals ? Words.IsOrPlural(Words.At(text, tokens, i), element.Text) : Words.Is(Words.At(text, tokens, i), element.Text))
                {
                    _used.Add(i);
                    return i + 1;
                }

                return 0;
            case PatternElementKind.Synset:
                foreach (var phrase in verbs.SynsetStartingWith(element.Text, Words.At(text, tokens, i)))
                {
                    if (PhraseAt(phrase, i))
                    {
                        for (int k = 0; k < phrase.Length; k++)
                        {
                            _used.Add(i + k);
                        }

                        return i + phrase.Length;
                    }
                }

                return 0;
            case PatternElementKind.Source:
            case PatternElementKind.Target:
            case PatternElementKind.Compound:
                var mention = MentionAt(i);
                if (mention is null)
                {
                    return 0;
                }

                if (element.Kind == PatternElementKind.Source)
                {
                    source = mention;
                }
                else if (element.Kind == PatternElementKind.Target)
                {
                    target = mention;
                }
                else
                {
                    source = mention;
                    compound = true;
                }

                return mention.End;
            default:
                return i + 1;
        }
    }

    private bool PhraseAt(string[] phrase, int i)
    {
        if (i + phrase.Length > end)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (!Words.Is(Words.At(text, tokens, i + k), phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private ActorMention? MentionAt(int i)
    {
        foreach (var m in mentions)
        {
            if (i >= m.Start && i < m.End)
            {
                return m;
            }
        }

        return null;
    }
}
