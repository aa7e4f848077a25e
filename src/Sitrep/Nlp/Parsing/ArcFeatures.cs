using System.Runtime.CompilerServices;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Features of the online arc labeller, which names each arc the moment the parser makes it. In
/// arc-hybrid the dependent is complete when it is attached, so its children and their labels are
/// known (bottom-up evidence: a "by" child, a "was" sibling); of the head, only the children attached
/// so far. Its label is a second opinion for the top-down labeller, which sees the whole tree.
/// </summary>
internal static class ArcFeatures
{
    public const int MaxFeatures = 24;

    private const ulong None = 0x6a09e667f3bcc908;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Label(ParserState st, int i) => i < 0 ? None : (ulong)(st.ArcLabel[i] + 2);

    public static int Extract(ParserState st, ParserFeatures.SentenceHashes h, int head, int dep, int mask, Span<int> f)
    {
        ulong dw = h.W(dep), dt = h.T(dep), hw = h.W(head), ht = h.T(head);
        bool leftArc = dep < head;
        ulong dir = leftArc ? 1UL : 2UL;
        ulong dist = head == st.Root ? 0 : ParserFeatures.Bucket(Math.Abs(dep - head));
        int dl = st.Left1[dep], dr = st.Right1[dep];

        // The head's child nearest to the dependent's side so far: "was" before "seen" for nsubj:pass.
        int hc = leftArc ? st.Left1[head] : st.Right1[head];
        ulong dlt = h.T(dl), dlw = h.W(dl), drt = h.T(dr), hct = h.T(hc), hcw = h.W(hc);
        ulong punct = head == st.Root ? None : (ulong)Math.Min(h.PunctBefore[Math.Max(head, dep)] - h.PunctBefore[Math.Min(head, dep) + 1], 2);

        int n = 0;
        Add(f, ref n, mask, 1, 0);
        Add(f, ref n, mask, 2, FeatureHash.Mix(dt, dir));
        Add(f, ref n, mask, 3, FeatureHash.Mix(dw, dir));
        Add(f, ref n, mask, 4, FeatureHash.Mix(dt, ht, dir));
        Add(f, ref n, mask, 5, FeatureHash.Mix(dw, ht, dir));
        Add(f, ref n, mask, 6, FeatureHash.Mix(dt, hw, dir));
        Add(f, ref n, mask, 7, FeatureHash.Mix(dw, hw, dir));
        Add(f, ref n, mask, 8, FeatureHash.Mix(dt, ht, dir, dist));
        Add(f, ref n, mask, 9, FeatureHash.Mix(dt, dlt, Label(st, dl)));
        Add(f, ref n, mask, 10, FeatureHash.Mix(dt, drt, Label(st, dr)));
        Add(f, ref n, mask, 11, FeatureHash.Mix(dt, dlw, dir));
        Add(f, ref n, mask, 12, FeatureHash.Mix(dlw, ht, dir));
        Add(f, ref n, mask, 13, FeatureHash.Mix(dt, (ulong)Math.Min(st.LeftCount[dep], 3), (ulong)Math.Min(st.RightCount[dep], 3)));
        Add(f, ref n, mask, 14, FeatureHash.Mix(dt, ht, hcw, dir));
        Add(f, ref n, mask, 15, FeatureHash.Mix(dt, ht, hct, Label(st, hc)));
        Add(f, ref n, mask, 16, FeatureHash.Mix(dt, dir, st.LeftLabels[dep], st.RightLabels[dep]));
        Add(f, ref n, mask, 17, FeatureHash.Mix(dt, ht, dir, punct));
        Add(f, ref n, mask, 18, FeatureHash.Mix(dw, dt));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> f, ref int n, int mask, ulong template, ulong value) =>
        f[n++] = FeatureHash.Bucket(FeatureHash.Mix(template * 0x94D049BB133111EB, value), mask);
}
