namespace Sitrep.Dictionaries.Petrarch;

/// <summary>What one element of a verb pattern asks for.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word.</summary>
    Word,

    /// <summary>Any phrase of a synset (<c>&amp;CURRENCY</c>).</summary>
    Synset,

    /// <summary><c>$</c>: the source actor stands here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor stands here.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor that is both source and target.</summary>
    Compound,

    /// <summary><c>^</c>: skip a noun phrase.</summary>
    Skip,
}

/// <summary>One element of a pattern; <see cref="Joined"/> says it must follow the previous element directly (<c>_</c>).</summary>
public readonly record struct PatternElement(PatternElementKind Kind, string Text, bool Joined);

/// <summary>
/// A verb pattern such as <c>- * (TO {BANNED PARTIES}) $ [1722]</c>: elements before and after the verb
/// (<c>*</c>), in order, and the CAMEO code it gives. A code written <c>[042:043]</c> also gives the
/// reciprocal event 043 from target to source.
/// </summary>
public sealed record VerbPattern(
    IReadOnlyList<PatternElement> Before,
    IReadOnlyList<PatternElement> After,
    string? Code,
    string? ReciprocalCode,
    int Line)
{
    /// <summary>
    /// The verbs of the block the pattern was written for, where its comment names them (CAMEO.2.0 notes
    /// "- &amp;MILITARY * [192] # TAKE": the pattern came from TAKE, not from ARREST in the same block);
    /// null when the comment names none: then it applies to every verb of the block, as in PETRARCH.
    /// </summary>
    public IReadOnlyList<VerbEntry>? Verbs { get; init; }

    /// <summary>
    /// True when the pattern applies to this verb of its block. A verb without a code of its own is a synonym
    /// of the block and shares all its patterns; one with its own code ("ARREST [173]" in a block of seizing)
    /// means something else and takes only the patterns written for it or for no verb in particular.
    /// </summary>
    public bool AppliesTo(VerbEntry entry)
    {
        if (Verbs is null || entry.OwnCode is null)
        {
            return true;
        }

        foreach (var v in Verbs)
        {
            if (ReferenceEquals(v, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Case-insensitive hashes of the literal words the pattern needs: a sentence lacking one cannot match.</summary>
    internal int[] RequiredWordHashes { get; } = HashWords(Before, After);

    private static int[] HashWords(IReadOnlyList<PatternElement> before, IReadOnlyList<PatternElement> after)
    {
        var hashes = new List<int>();
        foreach (var list in (IReadOnlyList<PatternElement>[])[before, after])
        {
            foreach (var e in list)
            {
                if (e.Kind == PatternElementKind.Word)
                {
                    hashes.Add(string.GetHashCode(e.Text, StringComparison.OrdinalIgnoreCase));
                }
            }
        }

        return [.. hashes];
    }

    /// <summary>How many literal words and synsets the pattern needs: more is more specific.</summary>
    public int Specificity { get; } = CountLiterals(Before) + CountLiterals(After);

    private static int CountLiterals(IReadOnlyList<PatternElement> elements)
    {
        int n = 0;
        foreach (var e in elements)
        {
            n += e.Kind is PatternElementKind.Word or PatternElementKind.Synset ? 1 : 0;
        }

        return n;
    }
}

/// <summary>
/// A verb synonym block (<c>--- ATTACK [190] ---</c>): its verbs share the patterns; a verb's own code,
/// else the block's, applies when no pattern matches. <c>---</c> means "no event".
/// </summary>
public sealed class VerbBlock(string name, string? code, string? reciprocalCode = null)
{
    public string Name { get; } = name;

    public string? Code { get; } = code;

    /// <summary>The code of the reciprocal event (target to source) a block written <c>[031:031]</c> gives.</summary>
    public string? ReciprocalCode { get; } = reciprocalCode;

    public List<VerbPattern> Patterns { get; } = [];
}

/// <summary>
/// One verb of a block, as written: its lemma, its code (null: the block's), and for multi-word verbs
/// (<c>+ASK_FOR</c>, <c>KLM_NOP_+RST</c>) the words that must stand right before and after the verb word.
/// </summary>
public sealed record VerbEntry(string Lemma, string? OwnCode, VerbBlock Block, IReadOnlyList<string> WordsBefore, IReadOnlyList<string> WordsAfter, string? OwnReciprocalCode = null)
{
    /// <summary>The reciprocal code of the bare verb: its own where it has a code, else the block's.</summary>
    public string? ReciprocalCode => OwnCode is null ? Block.ReciprocalCode : OwnReciprocalCode;

    /// <summary>The own-code marker for a verb written with <c>[---]</c>.</summary>
    public const string NoEvent = "---";

    /// <summary>The CAMEO code of the bare verb, or null when it gives no event.</summary>
    public string? Code => OwnCode == NoEvent ? null : OwnCode ?? Block.Code;
}
