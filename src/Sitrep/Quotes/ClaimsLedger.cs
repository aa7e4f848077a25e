using System.Globalization;
using Sitrep.Documents;
using Sitrep.Quotes.Internal;

namespace Sitrep.Quotes;

/// <summary>
/// Builds the claims ledger from the quotes: every statement whose cue marks a stance (predicted,
/// denied, called for, denounced, claimed …), every neutral statement about the future ("said Assad
/// will …", read as a prediction), every imperative in a direct quote (a demand, when the parser has
/// run), and every statement the article repeats as a pull quote. Plain "X said Y" reports are not claims.
/// </summary>
internal static class ClaimsLedger
{
    public static IReadOnlyList<Claim> Build(AnnotatedDocument doc, List<FoundQuote> found, List<TextSpan> sentences, IReadOnlyList<PullQuoteMatch> pulled)
    {
        var claims = new List<Claim>();
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var q = f.Quote;
            bool isPulled = false;
            foreach (var p in pulled)
            {
                isPulled |= p.Quote == i;
            }

            // A quotation with neither cue nor speaker is nobody's claim yet.
            var stance = f.Cue is null && q.Speaker is null && q.SpeakerName is null ? null : StanceOf(doc, f, isPulled);
            if (stance is null)
            {
                continue;
            }

            claims.Add(new Claim
            {
                Quote = i,
                Speaker = q.Speaker,
                SpeakerName = q.SpeakerName,
                Proposition = new TextSpan(q.Start, q.End),
                Text = q.Text,
                Stance = stance.Value,
                Date = DateOf(doc, f, sentences),
                PulledOut = isPulled,
            });
        }

        return claims;
    }

    private static Stance? StanceOf(AnnotatedDocument doc, FoundQuote f, bool pulled)
    {
        var fromCue = f.Cue?.ClaimStance;
        if (fromCue is Stance.Predicts or Stance.Denies or Stance.Demands or Stance.Accuses)
        {
            return fromCue;
        }

        if (SpeaksOfTheFuture(doc.Text, f.Quote, reported: f.Quote.Type != QuoteType.Direct))
        {
            return Stance.Predicts;
        }

        if (f.Quote.Type == QuoteType.Direct && HasImperative(doc, f.Quote))
        {
            return Stance.Demands;
        }

        return fromCue ?? (pulled ? Stance.Asserts : null);
    }

    /// <summary>
    /// "will", "won’t", "going to"; in reported speech also "would", the back-shifted "will" ("said prices
    /// would rise"). In a direct quote "would" is a conditional ("it would have been worse"), not a forecast.
    /// </summary>
    private static bool SpeaksOfTheFuture(string text, Quote q, bool reported)
    {
        var words = new List<Word>();
        WordScanner.Scan(text, q.Start, q.End, words);
        foreach (var w in words)
        {
            if (WordScanner.IsAnyOf(text, w, WordLists.FutureMarkers) && (reported || !WordScanner.Is(text, w, "would")))
            {
                return true;
            }

            var word = text.AsSpan(w.Start, w.Length);
            if (word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
            {
                return true; // "we’ll", "they'll"
            }
        }

        return false;
    }

    /// <summary>A sentence of the quote that opens on a bare verb ("Turn your guns …"), by the parser's tags.</summary>
    private static bool HasImperative(AnnotatedDocument doc, Quote q)
    {
        if (doc.Syntax.IsEmpty || doc.Tokens.Count != doc.Syntax.Xpos.Length)
        {
            return false;
        }

        bool sentenceStart = true;
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            if (token.End <= q.Start)
            {
                continue;
            }

            if (token.Start >= q.End)
            {
                break;
            }

            var word = doc.Text.AsSpan(token.Start, token.Length);
            if (sentenceStart && char.IsLetter(word[0]))
            {
                if (doc.Syntax.Xpos[t] == "VB")
                {
                    return true;
                }

                sentenceStart = false;
            }

            if (word is "." or "!" or "?")
            {
                sentenceStart = true;
            }
        }

        return false;
    }

    /// <summary>When the statement was made: a date expression in the cue's sentence outside the content, else publication.</summary>
    private static string? DateOf(AnnotatedDocument doc, FoundQuote f, List<TextSpan> sentences)
    {
        if (f.Sentence >= 0 && f.Sentence < sentences.Count)
        {
            var sentence = sentences[f.Sentence];
            var content = new TextSpan(f.Quote.Start, f.Quote.End);
            foreach (var t in doc.Timex)
            {
                var span = new TextSpan(t.Start, t.End);
                // Only a calendar value dates a claim; "recently" (PAST_REF) does not.
                if (t.Type is TimexType.Date or TimexType.Time && t.Value.Length > 0 && char.IsDigit(t.Value[0])
                    && sentence.Contains(span) && !content.Overlaps(span))
                {
                    return t.Value;
                }
            }
        }

        return doc.Document.Source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
