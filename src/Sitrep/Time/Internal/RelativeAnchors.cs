namespace Sitrep.Time.Internal;

/// <summary>
/// Finds the date that "two days later", "a day earlier" or "the next day" counts from: an exact day
/// already found in the text, before the expression. In order:
/// (1) the nearest such day earlier in the same sentence;
/// (2) within the five sentences before, the nearest sentence with a day that shares a word stem
///     with a definite noun phrase of this sentence ("died in the bombing … two days later" goes back
///     to "a suicide bomb attack … on Wednesday", not to an unrelated "on Friday" in between);
/// (3) the nearest day in the sentence just before.
/// Otherwise there is no anchor and the value stays unresolved.
/// </summary>
internal sealed class RelativeAnchors
{
    private const int Lookback = 5;

    private readonly TimeTokens _t;
    private readonly int[] _sentenceFirstToken;

    public RelativeAnchors(TimeTokens tokens)
    {
        _t = tokens;
        _sentenceFirstToken = new int[tokens.SentenceCount + 1];
        Array.Fill(_sentenceFirstToken, tokens.Count);
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            _sentenceFirstToken[tokens[i].Sentence] = i;
        }

        for (int s = tokens.SentenceCount - 1; s >= 0; s--)
        {
            _sentenceFirstToken[s] = Math.Min(_sentenceFirstToken[s], _sentenceFirstToken[s + 1]);
        }
    }

    /// <summary>
    /// The index (into <paramref name="mentions"/>) of the anchor of mention <paramref name="index"/>, or -1.
    /// Candidates are the earlier mentions whose calendar value is at least as precise as the
    /// expression needs: a day for "two days later", a year for "two years later".
    /// </summary>
    public int Find(List<TimeMention> mentions, TimexDate?[] dates, int index)
    {
        var needed = mentions[index].Unit switch
        {
            TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => TimexPrecision.Year,
            TimeUnit.Month or TimeUnit.Quarter => TimexPrecision.Month,
            TimeUnit.Week or TimeUnit.Weekend => TimexPrecision.Week,
            _ => TimexPrecision.Day,
        };
        bool IsCandidate(int j) => dates[j] is { } d && d.Precision >= needed && d.Precision != TimexPrecision.Season
            && d.Precision != TimexPrecision.Quarter;

        int sentence = _t[mentions[index].FirstToken].Sentence;
        int sameSentence = -1, previousSentence = -1;
        for (int j = index - 1; j >= 0; j--)
        {
            if (!IsCandidate(j))
            {
                continue;
            }

            int s = _t[mentions[j].FirstToken].Sentence;
            if (s == sentence && sameSentence < 0)
            {
                sameSentence = j;
            }
            else if (s == sentence - 1 && previousSentence < 0)
            {
                previousSentence = j;
            }
        }

        if (sameSentence >= 0)
        {
            return sameSentence;
        }

        var stems = DefiniteNounStems(sentence, mentions[index].FirstToken);
        if (stems.Count > 0)
        {
            for (int j = index - 1; j >= 0; j--)
            {
                if (!IsCandidate(j))
                {
                    continue;
                }

                int s = _t[mentions[j].FirstToken].Sentence;
                if (s < sentence - Lookback)
                {
                    break;
                }

                if (SentenceHasStem(s, stems))
                {
                    return j;
                }
            }
        }

        return previousSentence;
    }

    /// <summary>Stems of the words of "the …" phrases in the sentence before the expression.</summary>
    private HashSet<string> DefiniteNounStems(int sentence, int before)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (int k = _sentenceFirstToken[sentence]; k < before; k++)
        {
            if (_t[k].Info.Kind != WordKind.The)
            {
                continue;
            }

            for (int w = k + 1; w < before && w <= k + 3 && _t[w].Shape == TokenShape.Word && _t[w].Info.Kind == WordKind.Other; w++)
            {
                var word = _t.Chars(w);
                if (word.Length >= 4)
                {
                    stems.Add(Stem(word));
                }
            }
        }

        return stems;
    }

    private bool SentenceHasStem(int sentence, HashSet<string> stems)
    {
        for (int k = _sentenceFirstToken[sentence]; k < _sentenceFirstToken[sentence + 1]; k++)
        {
            if (_t[k].Shape == TokenShape.Word && _t[k].End - _t[k].Start >= 4 && _t[k].Info.Kind == WordKind.Other && stems.Contains(Stem(_t.Chars(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A crude suffix stripper, enough to meet "bombing" and "bomb", "attacks" and "attack".</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        ReadOnlySpan<char> s = lower;
        foreach (var suffix in (ReadOnlySpan<string>)["ings", "ing", "ed", "es", "s"])
        {
            if (s.Length - suffix.Length >= 4 && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
                break;
            }
        }

        return s.ToString();
    }
}
