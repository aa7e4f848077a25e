using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Lemmas;

/// <summary>
/// Lemmatizer: a (word, XPOS) lookup table from the training data (lower-cased except proper nouns), then for unseen words the suffix
/// rewrite rule learned for the longest matching word ending under that XPOS ("-ies" as NNS → "-y").
/// Proper nouns keep their case; other lemmas are lower case, as in UD English. Immutable, thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    internal const int MaxSuffix = 6;
    private const char Separator = '\u0001';

    private readonly SpanKeyedTable<string> _lemmas;
    private readonly SpanKeyedTable<SuffixRule> _rules;

    internal Lemmatizer(SpanKeyedTable<string> lemmas, SpanKeyedTable<SuffixRule> rules)
    {
        _lemmas = lemmas;
        _rules = rules;
    }

    internal SpanKeyedTable<string> Lemmas => _lemmas;

    internal SpanKeyedTable<SuffixRule> Rules => _rules;

    /// <summary>The lemma of <paramref name="word"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> word, string xpos)
    {
        if (word.Length == 0 || word.Length > 64)
        {
            return word.ToString();
        }

        // Proper nouns as written; other words lower-cased, with the lemma as training gave it ("I").
        bool proper = IsProper(xpos);
        Span<char> key = stackalloc char[word.Length + 1 + xpos.Length];
        if (proper)
        {
            word.CopyTo(key);
        }
        else
        {
            word.ToLowerInvariant(key);
        }

        key[word.Length] = Separator;
        xpos.AsSpan().CopyTo(key[(word.Length + 1)..]);
        if (_lemmas.TryGetValue(key, out var lemma))
        {
            return lemma;
        }

        var form = key[..word.Length];
        Span<char> ruleKey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        xpos.AsSpan().CopyTo(ruleKey);
        ruleKey[xpos.Length] = Separator;
        for (int k = Math.Min(MaxSuffix, form.Length - 1); k >= 1; k--)
        {
            form[^k..].CopyTo(ruleKey[(xpos.Length + 1)..]);
            if (_rules.TryGetValue(ruleKey[..(xpos.Length + 1 + k)], out var rule) && rule.Strip < form.Length)
            {
                return string.Concat(form[..^rule.Strip], rule.Append);
            }
        }

        return form.ToString();
    }

    internal void Save(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(_lemmas.Count);
        foreach (var (key, lemma) in _lemmas.Map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(lemma);
        }

        writer.Write7BitEncodedInt(_rules.Count);
        foreach (var (key, rule) in _rules.Map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(rule.Strip);
            writer.Write(rule.Append);
        }
    }

    internal static Lemmatizer Load(BinaryReader reader)
    {
        int count = reader.Read7BitEncodedInt();
        var lemmas = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            lemmas[reader.ReadString()] = reader.ReadString();
        }

        count = reader.Read7BitEncodedInt();
        var rules = new Dictionary<string, SuffixRule>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            rules[reader.ReadString()] = new SuffixRule(reader.Read7BitEncodedInt(), reader.ReadString());
        }

        return new Lemmatizer(new SpanKeyedTable<string>(lemmas), new SpanKeyedTable<SuffixRule>(rules));
    }

    internal static bool IsProper(string xpos) => xpos is "NNP" or "NNPS";

    internal static string Key(string form, string xpos) => form + Separator + xpos;
}

/// <summary>Remove <see cref="Strip"/> characters from the end, then add <see cref="Append"/>.</summary>
internal readonly record struct SuffixRule(int Strip, string Append);
