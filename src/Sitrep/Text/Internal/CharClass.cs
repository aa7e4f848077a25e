namespace Sitrep.Text.Internal;

/// <summary>Character classes the tokenizer and splitter share (straight quotes count as both opening and closing).</summary>
internal static class CharClass
{
    public static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '„' or '‚' or '‹' or '`' or '¿' or '¡';

    public static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›';

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsDash(char c) => c is '–' or '—' or '―' or '‒';

    public static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₽';

    /// <summary>Punctuation split off the end of a word (periods are handled separately).</summary>
    public static bool IsTrailingPunctuation(char c) => c is ',' or ';' or ':' or '!' or '?' or '%' or '‰' or '…' or '-' || IsDash(c) || IsClosing(c);

    /// <summary>Punctuation that ends a sentence.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇';
}
