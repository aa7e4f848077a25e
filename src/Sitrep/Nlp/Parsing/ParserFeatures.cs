using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Feature templates of the transition classifier, after Zhang and Nivre (2011) without labels:
/// words and tags of the top three stack items and the first three buffer words, pairs and triples
/// of them, the outermost children of s0, s1 and b0, the s0–b0 distance and valencies.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxFeatures = 84; // 80 templates

    private const ulong None = 0x3c6ef372fe94f82b;

    /// <summary>Word and tag hashes of one sentence; position n is ROOT.</summary>
    internal sealed class SentenceHashes
    {
        public ulong[] Word = new ulong[65];
        public ulong[] Tag = new ulong[65];

        /// <summary>Punctuation tokens before each position, so spans can be counted in O(1).</summary>
        public int[] PunctBefore = new int[66];
        public int N;

        public void Fill(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> xpos, ReadOnlySpan<string> upos)
        {
            int n = tokens.Length;
            if (Word.Length < n + 1)
            {
                Word = new ulong[Math.Max(n + 1, Word.Length * 2)];
                Tag = new ulong[Word.Length];
                PunctBefore = new int[Word.Length + 1];
            }

            PunctBefore[0] = 0;

            for (int i = 0; i < n; i++)
            {
                Word[i] = FeatureHash.LowerChars(text.Slice(tokens[i].Start, tokens[i].Length));
                Tag[i] = FeatureHash.Mix(FeatureHash.Chars(xpos[i]), FeatureHash.Chars(upos[i]));
                PunctBefore[i + 1] = PunctBefore[i] + (upos[i] == "PUNCT" ? 1 : 0);
            }

            Word[n] = 0x9b05688c2b3e6c1f; // ROOT
            Tag[n] = 0x1f83d9abfb41bd6b;
            N = n;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong W(int i) => i < 0 ? None : Word[i];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong T(int i) => i < 0 ? None : Tag[i];
    }

    public static int Extract(ParserState st, SentenceHashes h, int mask, Span<int> f)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.Buf(0), b1 = st.Buf(1), b2 = st.Buf(2);
        int s0l = s0 >= 0 ? st.Left1[s0] : -1, s0r = s0 >= 0 ? st.Right1[s0] : -1;
        int s0l2 = s0 >= 0 ? st.Left2[s0] : -1, s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        int s1r = s1 >= 0 ? st.Right1[s1] : -1, s1l = s1 >= 0 ? st.Left1[s1] : -1;
        int b0l = b0 >= 0 ? st.Left1[b0] : -1, b0l2 = b0 >= 0 ? st.Left2[b0] : -1;

        ulong s0w = h.W(s0), s0t = h.T(s0), s1w = h.W(s1), s1t = h.T(s1), s2t = h.T(s2);
        ulong b0w = h.W(b0), b0t = h.T(b0), b1w = h.W(b1), b1t = h.T(b1), b2t = h.T(b2);
        ulong s0lt = h.T(s0l), s0rt = h.T(s0r), s0l2t = h.T(s0l2), s0r2t = h.T(s0r2);
        ulong s1rt = h.T(s1r), s1lt = h.T(s1l), b0lt = h.T(b0l), b0l2t = h.T(b0l2);
        ulong s0wt = FeatureHash.Mix(s0w, s0t), s1wt = FeatureHash.Mix(s1w, s1t);
        ulong b0wt = FeatureHash.Mix(b0w, b0t), b1wt = FeatureHash.Mix(b1w, b1t);
        ulong dist = s0 >= 0 && b0 >= 0 && s0 != st.Root ? Bucket(b0 - s0) : None;
        ulong dist10 = s0 >= 0 && s1 >= 0 && s1 != st.Root ? Bucket(s0 - s1) : None;
        ulong s0vl = s0 >= 0 ? (ulong)st.LeftCount[s0] : None, s0vr = s0 >= 0 ? (ulong)st.RightCount[s0] : None;
        ulong b0vl = b0 >= 0 ? (ulong)st.LeftCount[b0] : None, s1vr = s1 >= 0 ? (ulong)st.RightCount[s1] : None;

        int n = 0;
        Add(f, ref n, mask, 1, 0);

        // single positions
        Add(f, ref n, mask, 2, s0w);
        Add(f, ref n, mask, 3, s0t);
        Add(f, ref n, mask, 4, s0wt);
        Add(f, ref n, mask, 5, s1w);
        Add(f, ref n, mask, 6, s1t);
        Add(f, ref n, mask, 7, s1wt);
        Add(f, ref n, mask, 8, s2t);
        Add(f, ref n, mask, 9, b0w);
        Add(f, ref n, mask, 10, b0t);
        Add(f, ref n, mask, 11, b0wt);
        Add(f, ref n, mask, 12, b1w);
        Add(f, ref n, mask, 13, b1t);
        Add(f, ref n, mask, 14, b1wt);
        Add(f, ref n, mask, 15, b2t);
        Add(f, ref n, mask, 16, h.W(b2));

        // pairs
        Add(f, ref n, mask, 20, FeatureHash.Mix(s0wt, b0wt));
        Add(f, ref n, mask, 21, FeatureHash.Mix(s0wt, b0w));
        Add(f, ref n, mask, 22, FeatureHash.Mix(s0w, b0wt));
        Add(f, ref n, mask, 23, FeatureHash.Mix(s0wt, b0t));
        Add(f, ref n, mask, 24, FeatureHash.Mix(s0t, b0wt));
        Add(f, ref n, mask, 25, FeatureHash.Mix(s0w, b0w));
        Add(f, ref n, mask, 26, FeatureHash.Mix(s0t, b0t));
        Add(f, ref n, mask, 27, FeatureHash.Mix(b0t, b1t));
        Add(f, ref n, mask, 28, FeatureHash.Mix(s1t, s0t));
        Add(f, ref n, mask, 29, FeatureHash.Mix(s1w, s0w));
        Add(f, ref n, mask, 30, FeatureHash.Mix(s1wt, s0wt));
        Add(f, ref n, mask, 31, FeatureHash.Mix(s1t, s0w));
        Add(f, ref n, mask, 32, FeatureHash.Mix(s1w, s0t));
        Add(f, ref n, mask, 33, FeatureHash.Mix(b0w, b1w));
        Add(f, ref n, mask, 34, FeatureHash.Mix(s0w, b1w));
        Add(f, ref n, mask, 35, FeatureHash.Mix(s0t, b1t));

        // triples of tags
        Add(f, ref n, mask, 40, FeatureHash.Mix(s1t, s0t, b0t));
        Add(f, ref n, mask, 41, FeatureHash.Mix(s0t, b0t, b1t));
        Add(f, ref n, mask, 42, FeatureHash.Mix(b0t, b1t, b2t));
        Add(f, ref n, mask, 43, FeatureHash.Mix(s2t, s1t, s0t));
        Add(f, ref n, mask, 44, FeatureHash.Mix(s0t, s0lt, b0t));
        Add(f, ref n, mask, 45, FeatureHash.Mix(s0t, s0rt, b0t));
        Add(f, ref n, mask, 46, FeatureHash.Mix(s0t, b0t, b0lt));
        Add(f, ref n, mask, 47, FeatureHash.Mix(b0t, b0lt, b0l2t));
        Add(f, ref n, mask, 48, FeatureHash.Mix(s0t, s0lt, s0l2t));
        Add(f, ref n, mask, 49, FeatureHash.Mix(s0t, s0rt, s0r2t));
        Add(f, ref n, mask, 50, FeatureHash.Mix(s1t, s1rt, s0t));
        Add(f, ref n, mask, 51, FeatureHash.Mix(s1t, s0t, s0lt));
        Add(f, ref n, mask, 52, FeatureHash.Mix(s1t, s0t, s0rt));
        Add(f, ref n, mask, 53, FeatureHash.Mix(s1t, s1lt, s0t));
        Add(f, ref n, mask, 54, FeatureHash.Mix(s1wt, s0t, b0t));
        Add(f, ref n, mask, 55, FeatureHash.Mix(s1t, s0wt, b0t));
        Add(f, ref n, mask, 56, FeatureHash.Mix(s1t, s0t, b0wt));

        // children
        Add(f, ref n, mask, 60, s0lt);
        Add(f, ref n, mask, 61, s0rt);
        Add(f, ref n, mask, 62, h.W(s0l));
        Add(f, ref n, mask, 63, h.W(s0r));
        Add(f, ref n, mask, 64, b0lt);
        Add(f, ref n, mask, 65, h.W(b0l));
        Add(f, ref n, mask, 66, s1rt);
        Add(f, ref n, mask, 67, h.W(s1r));

        // distance and valency
        Add(f, ref n, mask, 70, FeatureHash.Mix(s0w, dist));
        Add(f, ref n, mask, 71, FeatureHash.Mix(s0t, dist));
        Add(f, ref n, mask, 72, FeatureHash.Mix(b0w, dist));
        Add(f, ref n, mask, 73, FeatureHash.Mix(b0t, dist));
        Add(f, ref n, mask, 74, FeatureHash.Mix(s0t, b0t, dist));
        Add(f, ref n, mask, 75, FeatureHash.Mix(s1t, s0t, dist10));
        Add(f, ref n, mask, 76, FeatureHash.Mix(s0w, s0vl));
        Add(f, ref n, mask, 77, FeatureHash.Mix(s0t, s0vl));
        Add(f, ref n, mask, 78, FeatureHash.Mix(s0w, s0vr));
        Add(f, ref n, mask, 79, FeatureHash.Mix(s0t, s0vr));
        Add(f, ref n, mask, 80, FeatureHash.Mix(b0w, b0vl));
        Add(f, ref n, mask, 81, FeatureHash.Mix(b0t, b0vl));
        Add(f, ref n, mask, 82, FeatureHash.Mix(s1t, s1vr));
        Add(f, ref n, mask, 83, FeatureHash.Mix(s1w, s1vr));

        // punctuation between s0 and b0, and between s1 and s0 (clause and list boundaries)
        ulong p0 = s0 >= 0 && b0 >= 0 && s0 != st.Root ? (ulong)Math.Min(h.PunctBefore[b0] - h.PunctBefore[s0 + 1], 2) : None;
        ulong p1 = s1 >= 0 && s0 >= 0 && s1 != st.Root && s0 != st.Root ? (ulong)Math.Min(h.PunctBefore[s0] - h.PunctBefore[s1 + 1], 2) : None;
        Add(f, ref n, mask, 95, FeatureHash.Mix(s0t, b0t, p0));
        Add(f, ref n, mask, 96, FeatureHash.Mix(s1t, s0t, p1));
        Add(f, ref n, mask, 97, FeatureHash.Mix(s0w, b0t, p0));
        Add(f, ref n, mask, 98, FeatureHash.Mix(s1t, s0t, b0t, FeatureHash.Mix(p0, p1)));

        // further context: the fourth buffer word, s1's second right child, s0's children together
        Add(f, ref n, mask, 90, FeatureHash.Mix(b0t, b1t, b2t, h.T(st.Buf(3))));
        Add(f, ref n, mask, 91, FeatureHash.Mix(s1t, s1rt, h.T(s1 >= 0 ? st.Right2[s1] : -1)));
        Add(f, ref n, mask, 92, FeatureHash.Mix(s0t, s0lt, s0rt));
        Add(f, ref n, mask, 93, FeatureHash.Mix(s0wt, s0lt, b0t));
        Add(f, ref n, mask, 94, FeatureHash.Mix(s1t, s0t, b0t, b1t));
        return n;
    }

    /// <summary>Distance buckets 1, 2, 3, 4, 5-6, 7-9, 10+.</summary>
    public static ulong Bucket(int d) => d switch
    {
        <= 0 => 0,
        <= 4 => (ulong)d,
        <= 6 => 5,
        <= 9 => 6,
        _ => 7,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> f, ref int n, int mask, ulong template, ulong value) =>
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(template * 0x9E6C63D0676A9A99, value), mask);
}
