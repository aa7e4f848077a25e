using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// One stage of the pipeline: reads the document and the layers below it, returns the document with
/// its own layer added. Pure: no I/O, no shared mutable state, same output on any thread.
/// </summary>
public interface IAnnotator
{
    /// <summary>Short name used in errors, timings and the pipeline description ("sentences", "timex").</summary>
    string Name { get; }

    AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default);
}
