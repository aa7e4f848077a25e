using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tagger's feature templates (after Ratnaparkhi 1996 and Honnibal's averaged-perceptron tagger):
/// the word, its affixes and shape, the two words on each side, and the two tags already chosen.
/// Per-sentence hashes are computed once into a <see cref="SentenceHashes"/>; each template then mixes
/// a template seed with those hashes. Used identically in training and tagging.
/// </summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 44;

    public const int MaxWordFeatures = 19;

    // Values for positions outside the sentence and for "no tag yet".
    private const ulong Pad = 0x5bd1e995;
    private const ulong NoTag = 0x7fffffff;

    /// <summary>Word-level hashes of one sentence, indexed by token (reused across sentences).</summary>
    internal sealed class SentenceHashes
    {
        public ulong[] Lower = new ulong[64];
        public ulong[] Shape = new ulong[64];
        public ulong[] Suffix3 = new ulong[64];
        public ulong[] Lexicon = new ulong[64];
        public ulong[] Classes = new ulong[64];

        /// <summary>The sentence's casing style (<see cref="SentenceCase"/>).</summary>
        public ulong Case;

        public void Fill(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, WordLexicon lexicon, WordClusters clusters)
        {
            EnsureCapacity(tokens.Length);
            Case = SentenceCase(text, tokens);

            for (int i = 0; i < tokens.Length; i++)
            {
                Set(i, text.Slice(tokens[i].Start, tokens[i].Length), lexicon, clusters);
            }
        }

        public void EnsureCapacity(int count)
        {
            if (Lower.Length < count)
            {
                int size = Math.Max(count, Lower.Length * 2);
                Lower = new ulong[size];
                Shape = new ulong[size];
                Suffix3 = new ulong[size];
                Lexicon = new ulong[size];
                Classes = new ulong[size];
            }
        }

        public void Set(int i, ReadOnlySpan<char> w, WordLexicon lexicon, WordClusters clusters)
        {
            Lower[i] = FeatureHash.LowerChars(w);
            Shape[i] = FeatureHash.Shape(w);
            Suffix3[i] = FeatureHash.LowerChars(w.Length > 3 ? w[^3..] : w);
            Lexicon[i] = lexicon.Signature(w);
            Classes[i] = WordClasses(w, clusters);
        }
    }

    /// <summary>
    /// The word's distributional classes packed into one number: bits 0–15 its 1,024-level class + 1,
    /// 16–31 its 256-level class + 1, 32–47 its 64-level class + 1; 0 when the table lacks the word.
    /// </summary>
    public static ulong WordClasses(ReadOnlySpan<char> w, WordClusters clusters)
    {
        int fine = clusters.Fine(w);
        return fine < 0 ? 0UL
            : (uint)(fine + 1) | (ulong)(uint)(clusters.Coarse(fine, 256) + 1) << 16 | (ulong)(uint)(clusters.Coarse(fine, 64) + 1) << 32;
    }

    /// <summary>
    /// How the sentence is cased, so a capital letter can be read in context: 0 ordinary, 1 title case
    /// (most words after the first capitalised, as in headlines and subject lines), 2 all capitals,
    /// 3 no capitals at all (web text typed in lower case), where case says little about proper nouns.
    /// </summary>
    public static ulong SentenceCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitalised = 0, allCaps = 0;
        bool anyUpper = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                continue;
            }

            bool upper = char.IsUpper(w[0]);
            anyUpper |= upper;
            if (i == 0)
            {
                continue;
            }

            words++;
            capitalised += upper ? 1 : 0;
            if (w.Length > 1 && upper && !ContainsLower(w))
            {
                allCaps++;
            }
        }

        if (words < 2)
        {
            return 0;
        }

        return allCaps * 2 > words ? 2UL : capitalised * 2 > words ? 1UL : !anyUpper && words >= 3 ? 3UL : 0UL;
    }

    private static bool ContainsLower(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the buckets of token <paramref name="i"/>'s features; returns how many.</summary>
    public static int Extract(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        SentenceHashes h,
        int i,
        int prevTag,
        int prevTag2,
        int mask,
        Span<int> buckets)
    {
        var word = text.Slice(tokens[i].Start, tokens[i].Length);
        int n = ExtractWord(word, h.Lower[i], h.Shape[i], h.Lexicon[i], h.Classes[i], mask, buckets);
        return n + ExtractContext(text, tokens, h, i, prevTag, prevTag2, mask, buckets[n..]);
    }

    /// <summary>
    /// The features that depend on the word alone (its form, affixes, shape, dictionary classes), which
    /// the tagger can sum once per vocabulary word at load time.
    /// </summary>
    public static int ExtractWord(ReadOnlySpan<char> word, ulong lower, ulong shape, ulong lex, ulong classes, int mask, Span<int> buckets)
    {
        int n = 0;
        Add(buckets, ref n, mask, 1, 0);
        Add(buckets, ref n, mask, 2, lower);
        for (int k = 1; k <= 4 && k <= word.Length; k++)
        {
            Add(buckets, ref n, mask, 10 + (ulong)k, FeatureHash.LowerChars(word[^k..]));
        }

        for (int k = 1; k <= 3 && k < word.Length; k++)
        {
            Add(buckets, ref n, mask, 20 + (ulong)k, FeatureHash.LowerChars(word[..k]));
        }

        Add(buckets, ref n, mask, 3, shape);
        Add(buckets, ref n, mask, 5, FeatureHash.Chars(word)); // case-sensitive form
        Add(buckets, ref n, mask, 60, lex);

        // A hyphenated word behaves like its last part ("e-mail", "well-known").
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1)
        {
            Add(buckets, ref n, mask, 70, FeatureHash.LowerChars(word[(hyphen + 1)..]));
        }

        // Distributional classes at three levels: an unseen word borrows the evidence of its class.
        Add(buckets, ref n, mask, 80, classes & 0xffff);
        Add(buckets, ref n, mask, 81, (classes >> 16) & 0xffff);
        Add(buckets, ref n, mask, 82, (classes >> 32) & 0xffff);
        return n;
    }

    /// <summary>The features that depend on the position: neighbouring words and the tags already chosen.</summary>
    public static int ExtractContext(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        SentenceHashes h,
        int i,
        int prevTag,
        int prevTag2,
        int mask,
        Span<int> buckets)
    {
        int n = 0;
        ulong lower = h.Lower[i];
        ulong p1 = prevTag < 0 ? NoTag : (ulong)prevTag;
        ulong p2 = prevTag2 < 0 ? NoTag : (ulong)prevTag2;
        ulong wPrev = i > 0 ? h.Lower[i - 1] : Pad;
        ulong wPrev2 = i > 1 ? h.Lower[i - 2] : Pad;
        ulong wNext = i + 1 < tokens.Length ? h.Lower[i + 1] : Pad;
        ulong wNext2 = i + 2 < tokens.Length ? h.Lower[i + 2] : Pad;
        ulong lexNext = i + 1 < tokens.Length ? h.Lexicon[i + 1] : Pad;
        ulong lex = h.Lexicon[i];
        bool upper = tokens[i].Length > 0 && char.IsUpper(text[tokens[i].Start]);
        ulong casing = upper ? (i == 0 ? 2UL : 1UL) : 0UL;

        // Shape and dictionary class with capitalisation are read against the sentence's casing:
        // a capital letter means less in a headline or an all-caps or all-lower-case sentence.
        Add(buckets, ref n, mask, 4, FeatureHash.Mix(h.Shape[i], i == 0 ? 1UL : 0UL, h.Case));
        Add(buckets, ref n, mask, 30, p1);
        Add(buckets, ref n, mask, 31, p2);
        Add(buckets, ref n, mask, 32, FeatureHash.Mix(p1, p2));
        Add(buckets, ref n, mask, 33, FeatureHash.Mix(p1, lower));
        Add(buckets, ref n, mask, 40, wPrev);
        Add(buckets, ref n, mask, 41, i > 0 ? h.Suffix3[i - 1] : Pad);
        Add(buckets, ref n, mask, 42, wPrev2);
        Add(buckets, ref n, mask, 43, wNext);
        Add(buckets, ref n, mask, 44, i + 1 < tokens.Length ? h.Suffix3[i + 1] : Pad);
        Add(buckets, ref n, mask, 45, wNext2);
        Add(buckets, ref n, mask, 46, FeatureHash.Mix(wPrev, lower));
        Add(buckets, ref n, mask, 47, FeatureHash.Mix(lower, wNext));
        Add(buckets, ref n, mask, 48, i + 1 < tokens.Length ? h.Shape[i + 1] : Pad);
        Add(buckets, ref n, mask, 49, FeatureHash.Mix(p1, wNext));

        // Dictionary classes of the word and its neighbours, with the word's capitalisation.
        Add(buckets, ref n, mask, 61, FeatureHash.Mix(lex, casing, h.Case));
        Add(buckets, ref n, mask, 62, FeatureHash.Mix(lex, p1));
        Add(buckets, ref n, mask, 63, i > 0 ? h.Lexicon[i - 1] : Pad);
        Add(buckets, ref n, mask, 64, lexNext);
        Add(buckets, ref n, mask, 65, FeatureHash.Mix(lex, lexNext));

        // The finest classes of the neighbours (which kind of word comes before and after).
        Add(buckets, ref n, mask, 85, i > 0 ? h.Classes[i - 1] & 0xffff : Pad);
        Add(buckets, ref n, mask, 86, i + 1 < tokens.Length ? h.Classes[i + 1] & 0xffff : Pad);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> buckets, ref int n, int mask, ulong template, ulong value) =>
        buckets[n++] = FeatureHash.Bucket(FeatureHash.Mix(template * 0x2545F4914F6CDD1D, value), mask);
}
