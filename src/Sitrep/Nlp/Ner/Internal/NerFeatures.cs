using System.Buffers;
using Sitrep.Documents;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Computes the hashed features of every token of one sentence: the word and its lower-case form,
/// affixes, shapes, the neighbouring words and shapes, sentence position, and what the training
/// data says about the word (<see cref="NerLexicon"/>: name types, capitalisation, frequency, whole
/// names). Reads characters straight from the text; allocates nothing but pooled scratch arrays.
/// </summary>
internal static class NerFeatures
{
    public const int PerToken = 41;

    private const uint Boundary = 0x5bd1e995;
    private const uint None = 0xFFFFFFFF;
    private const uint NoTag = 0x27d4eb2f;
    private const uint Hidden = 0x165667b1;

    private static readonly uint[] Seeds = MakeSeeds();

    private static uint[] MakeSeeds()
    {
        var seeds = new uint[PerToken];
        for (int t = 0; t < seeds.Length; t++)
        {
            seeds[t] = FeatureHash.Finish((uint)(t + 1) * 0x9E3779B9u);
        }

        return seeds;
    }

    /// <summary>
    /// Writes <see cref="PerToken"/> feature hashes per token into <paramref name="features"/> (length n × PerToken).
    /// <paramref name="tags"/> holds the Penn Treebank tag of each token from the syntax stage, or is empty.
    /// </summary>
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> tags, NerLexicon lexicon, Span<uint> features)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        const int Columns = 9;
        var pool = ArrayPool<uint>.Shared;
        var scratch = pool.Rent(n * Columns);
        try
        {
            var form = scratch.AsSpan(0, n);
            var lower = scratch.AsSpan(n, n);
            var shape = scratch.AsSpan(2 * n, n);
            var shortShape = scratch.AsSpan(3 * n, n);
            var code = scratch.AsSpan(4 * n, n);
            var gazetteer = scratch.AsSpan(5 * n, n);
            var runFirst = scratch.AsSpan(6 * n, n);
            var runLast = scratch.AsSpan(7 * n, n);
            var tag = scratch.AsSpan(8 * n, n);
            Span<char> buffer = stackalloc char[NerLexicon.MaxWordLength];
            for (int i = 0; i < n; i++)
            {
                var word = text.Slice(tokens[i].Start, tokens[i].Length);
                form[i] = FeatureHash.Chars(FeatureHash.Start, word);
                lower[i] = FeatureHash.LowerChars(FeatureHash.Start, word);
                Shapes(word, out shape[i], out shortShape[i]);
                code[i] = 0;
                if (word.Length <= buffer.Length)
                {
                    var lowered = buffer[..word.Length];
                    for (int k = 0; k < word.Length; k++)
                    {
                        lowered[k] = FeatureHash.Lower(word[k]);
                    }

                    code[i] = lexicon.Word(lowered);
                }

                gazetteer[i] = 0;
                tag[i] = tags.Length == n ? FeatureHash.Chars(FeatureHash.Start, tags[i]) : NoTag;
            }

            MatchNames(lexicon, lower, code, gazetteer);
            CapitalisedRuns(text, tokens, runFirst, runLast);

            for (int i = 0; i < n; i++)
            {
                var word = text.Slice(tokens[i].Start, tokens[i].Length);
                var f = features.Slice(i * PerToken, PerToken);
                uint first = i == 0 ? 1u : 0u;
                uint isCap = word.Length > 0 && char.IsUpper(word[0]) ? 1u : 0u;
                uint prevLower = i > 0 ? lower[i - 1] : Boundary;
                uint nextLower = i + 1 < n ? lower[i + 1] : Boundary;
                uint prevShort = i > 0 ? shortShape[i - 1] : Boundary;
                uint nextShort = i + 1 < n ? shortShape[i + 1] : Boundary;
                uint prevCode = i > 0 ? code[i - 1] : None;
                uint nextCode = i + 1 < n ? code[i + 1] : None;
                uint prevCap = i > 0 && tokens[i - 1].Length > 0 && char.IsUpper(text[tokens[i - 1].Start]) ? 1u : 0u;
                uint nextCap = i + 1 < n && tokens[i + 1].Length > 0 && char.IsUpper(text[tokens[i + 1].Start]) ? 1u : 0u;

                f[0] = Feature(0, 0);
                f[1] = Feature(1, form[i]);
                f[2] = Feature(2, lower[i]);
                f[3] = Feature(3, Affix(word, 2, prefix: true));
                f[4] = Feature(4, Affix(word, 3, prefix: true));
                f[5] = Feature(5, Affix(word, 2, prefix: false));
                f[6] = Feature(6, Affix(word, 3, prefix: false));
                f[7] = Feature(7, Affix(word, 4, prefix: false));
                f[8] = Feature(8, Affix(word, 1, prefix: false));
                f[9] = Feature(9, shape[i]);
                f[10] = Feature(10, shortShape[i]);
                f[11] = Feature(11, prevLower);
                f[12] = Feature(12, nextLower);
                f[13] = Feature(13, i > 1 ? lower[i - 2] : Boundary);
                f[14] = Feature(14, i + 2 < n ? lower[i + 2] : Boundary);
                f[15] = Feature(15, prevShort);
                f[16] = Feature(16, nextShort);
                f[17] = Feature(17, FeatureHash.Combine(prevShort, shortShape[i], nextShort));
                f[18] = Feature(18, FeatureHash.Combine(first, shortShape[i]));
                f[19] = Feature(19, FeatureHash.Combine(prevLower, lower[i]));
                f[20] = Feature(20, FeatureHash.Combine(lower[i], nextLower));
                f[21] = Feature(21, NerLexicon.EntityClass(code[i]));
                f[22] = Feature(22, prevCode == None ? None : NerLexicon.EntityClass(prevCode));
                f[23] = Feature(23, nextCode == None ? None : NerLexicon.EntityClass(nextCode));
                f[24] = Feature(24, FeatureHash.Combine(NerLexicon.CapClass(code[i]), isCap, first));
                f[25] = Feature(25, FeatureHash.Combine(prevLower, shortShape[i]));
                f[26] = Feature(26, FeatureHash.Combine(nextLower, shortShape[i]));
                f[27] = Feature(27, FeatureHash.Combine(NerLexicon.FrequencyClass(code[i]), shortShape[i]));
                f[28] = Feature(28, prevCode == None ? None : FeatureHash.Combine(NerLexicon.CapClass(prevCode), prevCap));
                f[29] = Feature(29, nextCode == None ? None : FeatureHash.Combine(NerLexicon.CapClass(nextCode), nextCap));
                f[30] = Feature(30, gazetteer[i]);
                f[31] = Feature(31, FeatureHash.Combine(i > 0 ? gazetteer[i - 1] : None, gazetteer[i], i + 1 < n ? gazetteer[i + 1] : None));
                f[32] = Feature(32, FeatureHash.Combine(NerLexicon.ListClass(code[i]), isCap));
                f[33] = Feature(33, FeatureHash.Combine(prevCode == None ? None : NerLexicon.ListClass(prevCode), nextCode == None ? None : NerLexicon.ListClass(nextCode)));
                f[34] = Feature(34, FeatureHash.Combine(NerLexicon.EntityClass(code[i]), NerLexicon.ListClass(code[i]), isCap));

                // The capitalised run holding the token ("Sydney Morning Herald"): its last word says most
                // about the type, its first word about where it starts. Off-run tokens get a constant.
                uint place = isCap == 0 ? 0u : (runFirst[i] == i ? 1u : 2u) | (runLast[i] == i ? 4u : 0u);
                uint last = isCap == 0 ? None : code[(int)runLast[i]];
                uint head = isCap == 0 ? None : code[(int)runFirst[i]];
                f[35] = Feature(35, FeatureHash.Combine(place, last == None ? None : NerLexicon.EntityClass(last), last == None ? None : NerLexicon.ListClass(last)));
                f[36] = Feature(36, FeatureHash.Combine(place, head == None ? None : NerLexicon.EntityClass(head), head == None ? None : NerLexicon.ListClass(head)));
                f[37] = Feature(37, FeatureHash.Combine(place, isCap == 0 ? None : lower[(int)runLast[i]]));

                // Part of speech from the syntax stage: NNP/NNPS against NN, adjectives, verbs.
                uint prevTag = i > 0 ? tag[i - 1] : Boundary;
                uint nextTag = i + 1 < n ? tag[i + 1] : Boundary;
                f[38] = Feature(38, FeatureHash.Combine(tag[i], isCap));
                f[39] = Feature(39, FeatureHash.Combine(prevTag, tag[i]));
                f[40] = Feature(40, FeatureHash.Combine(tag[i], nextTag));
            }
        }
        finally
        {
            pool.Return(scratch);
        }
    }

    /// <summary>Templates that name the word itself: form, lower case, and the bigrams through it.</summary>
    private static ReadOnlySpan<int> WordTemplates => [1, 2, 19, 20];

    /// <summary>
    /// Copies a sentence's features into <paramref name="into"/>, hiding each token's word-identity
    /// features with chance <paramref name="rate"/> (training only: see NerTrainingOptions.WordDropout).
    /// A hidden feature becomes a per-template "unknown word" constant.
    /// </summary>
    public static uint[] HideWords(uint[] features, Random random, double rate, uint[] into)
    {
        features.CopyTo(into, 0);
        int n = features.Length / PerToken;
        for (int i = 0; i < n; i++)
        {
            if (random.NextDouble() < rate)
            {
                foreach (int t in WordTemplates)
                {
                    into[(i * PerToken) + t] = Feature(t, Hidden);
                }
            }
        }

        return into;
    }

    /// <summary>For each capitalised token, the first and last token of its run of capitalised tokens.</summary>
    private static void CapitalisedRuns(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<uint> first, Span<uint> last)
    {
        int n = tokens.Length;
        int start = 0;
        for (int i = 0; i <= n; i++)
        {
            bool cap = i < n && tokens[i].Length > 0 && char.IsUpper(text[tokens[i].Start]);
            if (!cap)
            {
                for (int k = start; k < i; k++)
                {
                    first[k] = (uint)start;
                    last[k] = (uint)(i - 1);
                }

                if (i < n)
                {
                    first[i] = last[i] = (uint)i;
                }

                start = i + 1;
            }
        }
    }

    private static uint Feature(int template, uint value) => FeatureHash.Finish(FeatureHash.Combine(Seeds[template], value));

    private static uint Affix(ReadOnlySpan<char> word, int length, bool prefix)
    {
        int take = Math.Min(length, word.Length);
        return FeatureHash.LowerChars(FeatureHash.Start, prefix ? word[..take] : word[^take..]);
    }

    /// <summary>
    /// Word shape as spaCy writes it ("Xxxxx", "dd-dd": letters and digits by class, at most four in a
    /// row) and the short shape with every run collapsed ("Xx", "d-d").
    /// </summary>
    private static void Shapes(ReadOnlySpan<char> word, out uint shape, out uint shortShape)
    {
        uint full = FeatureHash.Start, brief = FeatureHash.Start;
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            if (run <= 4)
            {
                full = (full ^ k) * 16777619;
            }

            if (k != last)
            {
                brief = (brief ^ k) * 16777619;
            }

            last = k;
        }

        shape = full;
        shortShape = brief;
    }

    /// <summary>
    /// Marks tokens covered by a name the lexicon holds: for each bit b of the phrase mask (types seen
    /// in training, then types of the lists), bit 2b on the first token and bit 2b+1 on the others.
    /// Only words that may start a name start a lookup.
    /// </summary>
    private static void MatchNames(NerLexicon lexicon, ReadOnlySpan<uint> lower, ReadOnlySpan<uint> code, Span<uint> marks)
    {
        int n = lower.Length;
        for (int i = 0; i < n; i++)
        {
            if (!NerLexicon.MayStartName(code[i]))
            {
                continue;
            }

            uint hash = FeatureHash.Start;
            int limit = Math.Min(n - i, NerLexicon.MaxPhrase);
            for (int length = 1; length <= limit; length++)
            {
                hash = NerLexicon.ExtendPhrase(hash, lower[i + length - 1]);
                uint mask = lexicon.Phrase(hash);
                for (int b = 0; mask != 0; b++, mask >>= 1)
                {
                    if ((mask & 1) != 0)
                    {
                        marks[i] |= 1u << (2 * b);
                        for (int k = i + 1; k < i + length; k++)
                        {
                            marks[k] |= 1u << ((2 * b) + 1);
                        }
                    }
                }
            }
        }
    }
}
