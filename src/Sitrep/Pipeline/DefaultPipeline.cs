namespace Sitrep.Pipeline;

/// <summary>The stages Sitrep runs by default, in order. Each stage adds one layer.</summary>
public static class DefaultPipeline
{
    public static SitrepPipeline Create(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var builder = new PipelineBuilder();
        builder.Add(new Sitrep.Text.TextAnnotator());
        builder.Add(new Sitrep.Nlp.SyntaxAnnotator());
        builder.Add(new Sitrep.Nlp.Ner.NerAnnotator());
        builder.Add(new Time.TimexAnnotator());
        builder.Add(Sitrep.Entities.EntityAnnotator.Create(options.ActorDictionaries));
        builder.Add(new Sitrep.Quotes.QuoteAnnotator()); // after entities: speakers resolve to entity ids
        builder.Add(new Sitrep.Events.EventAnnotator()); // last: uses syntax, entities, time and quotes
        return builder.Build();
    }
}

/// <summary>What the user can change about the default pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>Extra PETRARCH-format actor dictionaries to load on top of the built-in one.</summary>
    public IReadOnlyList<string> ActorDictionaries { get; init; } = [];
}
