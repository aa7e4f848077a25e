using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quotes.Internal;

namespace Sitrep.Quotes;

/// <summary>
/// The quotes stage: direct, indirect and mixed quotes with their cue and speaker, and the claims
/// ledger drawn from them. Uses the sentence and entity layers when they are there (speakers then
/// resolve to entity ids) and falls back to its own sentence splitting and name reading when they are
/// not. Pure and thread-safe: the lexicon is immutable and each call works on its own state.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    private readonly CueLexicon _lexicon;

    public QuoteAnnotator(CueLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? CueLexicon.Default;
    }

    public string Name => "quotes";

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var finder = new QuoteFinder(document, _lexicon);
        var found = finder.Run(cancellationToken);
        var quotes = new Quote[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            quotes[i] = found[i].Quote;
        }

        var withQuotes = document with { Quotes = quotes };
        var pulled = PullQuoteMatcher.Match(withQuotes);
        var claims = ClaimsLedger.Build(withQuotes, found, finder.Sentences, pulled);
        return withQuotes with { Claims = claims };
    }
}
