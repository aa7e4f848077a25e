using Sitrep.Events;

namespace Sitrep.Tests.Support;

/// <summary>
/// Codes one written sentence with an event coder (real tokenizer, no entity or syntax layer) and writes
/// its events compactly for an assertion: "CAMEO SOURCE>TARGET" or the CAMEO codes alone, joined by "; ".
/// </summary>
public static class SentenceEvents
{
    /// <summary>The built-in dictionaries; events with one actor missing are kept.</summary>
    public static EventCoder BuiltInCoder() => new(EventDictionaries.BuiltIn, allowMissingActor: true);

    public static List<CodedEvent> Code(EventCoder coder, string sentence)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(sentence);
        return coder.Code(sentence, tokens, 0, tokens.Count, new DateOnly(2024, 1, 1));
    }

    public static string Directed(EventCoder coder, string sentence) =>
        string.Join("; ", Code(coder, sentence).Select(e => $"{e.Cameo} {e.SourceCode}>{e.TargetCode}"));

    public static string Cameos(EventCoder coder, string sentence) =>
        string.Join("; ", Code(coder, sentence).Select(e => e.Cameo));
}
