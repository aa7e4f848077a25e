using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// The tagger's per-token lookup of its known words: an open-addressing table of (64-bit hash, index)
/// slots, looked up with the token's character span. One slot read usually settles a lookup, where a
/// Dictionary's alternate lookup costs a bucket read, an entry read and a comparer call per token.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class KnownWordTable
{
    private readonly Slot[] _slots;
    private readonly string[] _words;
    private readonly int _mask;

    /// <summary>Indexes <paramref name="words"/> (distinct) by position.</summary>
    public KnownWordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        int size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _slots = new Slot[size];
        for (int k = 0; k < _words.Length; k++)
        {
            ulong hash = FeatureHash.Chars(_words[k]);
            int i = SlotOf(hash);
            while (_slots[i].Index != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot(hash, k + 1);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out int index)
    {
        ulong hash = FeatureHash.Chars(word);
        ref Slot s0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int i = SlotOf(hash); ; i = (i + 1) & _mask)
        {
            var slot = Unsafe.Add(ref s0, i);
            if (slot.Index == 0)
            {
                index = -1;
                return false;
            }

            if (slot.Hash == hash && word.SequenceEqual(_words[slot.Index - 1]))
            {
                index = slot.Index - 1;
                return true;
            }
        }
    }

    // The high bits: FNV-1a's low bits mix poorly.
    private int SlotOf(ulong hash) => (int)(FeatureHash.Mix(hash, 0) >> 40) & _mask;

    private readonly record struct Slot(ulong Hash, int Index);
}
