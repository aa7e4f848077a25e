using System.Runtime.CompilerServices;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Features of the arc labeller, which names each arc once the tree is built: the dependent and head
/// (words, tags, direction, distance), the head's own label and head, the dependent's outer children
/// (the first is often its case marker: "by" for obl:agent), the neighbouring siblings, and the
/// auxiliaries of the head (passive "was" + VBN gives nsubj:pass).
/// </summary>
internal static class LabelFeatures
{
    public const int MaxFeatures = 42;

    private const ulong None = 0x2545f4914f6cdd1d;

    /// <summary>The finished tree of one sentence, with each word's children in order.</summary>
    internal sealed class Tree
    {
        public int N;
        public int[] Head = new int[64];
        public int[] Label = new int[64];
        public int[] ChildStart = new int[65];
        public int[] Children = new int[64];
        public int[] Order = new int[64];

        /// <summary>Indexes the children of each word and a top-down (breadth-first) labelling order.</summary>
        public void Build(ReadOnlySpan<int> heads)
        {
            int n = heads.Length;
            if (Head.Length < n)
            {
                int size = Math.Max(n, Head.Length * 2);
                Head = new int[size];
                Label = new int[size];
                ChildStart = new int[size + 1];
                Children = new int[size];
                Order = new int[size];
            }

            N = n;
            heads.CopyTo(Head);
            Array.Clear(ChildStart, 0, n + 1);
            for (int d = 0; d < n; d++)
            {
                Label[d] = -1;
                if (heads[d] >= 0)
                {
                    ChildStart[heads[d] + 1]++;
                }
            }

            for (int i = 0; i < n; i++)
            {
                ChildStart[i + 1] += ChildStart[i];
            }

            Span<int> fill = n <= 256 ? stackalloc int[n] : new int[n];
            ChildStart.AsSpan(0, n).CopyTo(fill);
            for (int d = 0; d < n; d++)
            {
                if (heads[d] >= 0)
                {
                    Children[fill[heads[d]]++] = d;
                }
            }

            // Breadth-first from the roots so a head is labelled before its dependents.
            int count = 0;
            for (int d = 0; d < n; d++)
            {
                if (heads[d] < 0)
                {
                    Order[count++] = d;
                }
            }

            for (int q = 0; q < count && count < n; q++)
            {
                int h = Order[q];
                for (int c = ChildStart[h]; c < ChildStart[h + 1]; c++)
                {
                    Order[count++] = Children[c];
                }
            }

            // Words unreachable from a root (only from a malformed tree) are labelled last.
            if (count < n)
            {
                Span<bool> seen = n <= 256 ? stackalloc bool[n] : new bool[n];
                for (int q = 0; q < count; q++)
                {
                    seen[Order[q]] = true;
                }

                for (int d = 0; d < n; d++)
                {
                    if (!seen[d])
                    {
                        Order[count++] = d;
                    }
                }
            }

        }

        public ReadOnlySpan<int> ChildrenOf(int h) => Children.AsSpan(ChildStart[h], ChildStart[h + 1] - ChildStart[h]);
    }

    public static int Extract(Tree tree, ParserFeatures.SentenceHashes hs, ReadOnlySpan<bool> isAux, ReadOnlySpan<int> arcLabels, int d, int mask, Span<int> f)
    {
        int h = tree.Head[d];
        ulong dw = hs.W(d), dt = hs.T(d), hw = hs.W(h), ht = hs.T(h);
        ulong dir = d < h ? 1UL : 2UL;
        ulong dist = ParserFeatures.Bucket(Math.Abs(d - h));
        int hh = tree.Head[h];
        ulong hht = hh >= 0 ? hs.T(hh) : None;
        ulong hl = tree.Label[h] >= 0 ? (ulong)tree.Label[h] : None;

        var kids = tree.ChildrenOf(d);
        int first = kids.Length > 0 ? kids[0] : -1;
        int last = kids.Length > 0 ? kids[^1] : -1;
        ulong firstW = first >= 0 ? hs.W(first) : None, firstT = first >= 0 ? hs.T(first) : None;
        ulong lastT = last >= 0 ? hs.T(last) : None;
        int leftKids = 0;
        foreach (int k in kids)
        {
            leftKids += k < d ? 1 : 0;
        }

        var siblings = tree.ChildrenOf(h);
        int leftSib = -1, rightSib = -1, position = 0;
        for (int i = 0; i < siblings.Length; i++)
        {
            if (siblings[i] == d)
            {
                position = i;
                leftSib = i > 0 ? siblings[i - 1] : -1;
                rightSib = i + 1 < siblings.Length ? siblings[i + 1] : -1;
            }
        }

        int n = 0;
        Add(f, ref n, mask, 1, 0);
        Add(f, ref n, mask, 2, FeatureHash.Mix(dt, dir));
        Add(f, ref n, mask, 3, FeatureHash.Mix(dw, dir));
        Add(f, ref n, mask, 4, FeatureHash.Mix(dt, ht, dir));
        Add(f, ref n, mask, 5, FeatureHash.Mix(dw, ht, dir));
        Add(f, ref n, mask, 6, FeatureHash.Mix(dt, hw, dir));
        Add(f, ref n, mask, 7, FeatureHash.Mix(dw, hw, dir));
        Add(f, ref n, mask, 8, FeatureHash.Mix(dt, ht, dir, dist));
        Add(f, ref n, mask, 9, FeatureHash.Mix(dt, ht, hht));
        Add(f, ref n, mask, 10, FeatureHash.Mix(hl, dt, dir));
        Add(f, ref n, mask, 11, FeatureHash.Mix(hl, dt, ht));
        Add(f, ref n, mask, 12, FeatureHash.Mix(dt, firstW));
        Add(f, ref n, mask, 13, FeatureHash.Mix(dt, firstT, dir));
        Add(f, ref n, mask, 14, FeatureHash.Mix(dt, lastT));
        Add(f, ref n, mask, 15, FeatureHash.Mix(firstW, ht, dir));
        Add(f, ref n, mask, 16, FeatureHash.Mix(dt, (ulong)Math.Min(leftKids, 3), (ulong)Math.Min(kids.Length - leftKids, 3)));
        Add(f, ref n, mask, 17, FeatureHash.Mix(dt, ht, leftSib >= 0 ? hs.T(leftSib) : None));
        Add(f, ref n, mask, 18, FeatureHash.Mix(dt, ht, rightSib >= 0 ? hs.T(rightSib) : None));
        Add(f, ref n, mask, 19, FeatureHash.Mix(dt, dir, (ulong)Math.Min(position, 4)));
        Add(f, ref n, mask, 20, FeatureHash.Mix(dw, dt));
        Add(f, ref n, mask, 21, FeatureHash.Mix(hw, ht, dir));
        Add(f, ref n, mask, 22, FeatureHash.Mix(dt, ht, leftSib >= 0 ? hs.W(leftSib) : None));
        Add(f, ref n, mask, 23, FeatureHash.Mix(hl, dw));
        Add(f, ref n, mask, 24, FeatureHash.Mix(dt, hht, dir));

        // The label the online labeller gave while parsing (with less context, but a second opinion).
        ulong online = (ulong)(arcLabels[d] + 2);
        Add(f, ref n, mask, 25, FeatureHash.Mix(online, dt));
        Add(f, ref n, mask, 26, FeatureHash.Mix(online, ht, dir));

        // Auxiliaries of the head (up to three), with the dependent's tag and side.
        int aux = 0;
        foreach (int s in siblings)
        {
            if (s != d && isAux[s] && aux < 3)
            {
                Add(f, ref n, mask, 30, FeatureHash.Mix(hs.W(s), ht, dt, dir));
                Add(f, ref n, mask, 31, FeatureHash.Mix(hs.W(s), dt, dir));
                aux++;
            }
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> f, ref int n, int mask, ulong template, ulong value) =>
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(template * 0xD6E8FEB86659FD93, value), mask);
}
