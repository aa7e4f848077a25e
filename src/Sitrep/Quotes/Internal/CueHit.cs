using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>A cue occurrence in the sentence being read (word indices) and what was worked out about it.</summary>
internal sealed class CueHit
{
    public required int First { get; init; }

    public required int Last { get; init; }

    public required CueEntry Entry { get; init; }

    public SpeakerRef Speaker { get; set; }

    /// <summary>Word index where the cue's clause starts (its subject, or the cue itself).</summary>
    public int ClauseStart { get; set; }

    public int SubjectFirst { get; set; } = -1;

    public int SubjectLast { get; set; } = -1;

    /// <summary>Passive with a by-phrase ("This was emphasised by X").</summary>
    public bool Passive { get; set; }

    /// <summary>The attribution follows its quotation ("“…,” Hague said").</summary>
    public bool AfterQuote { get; set; }

    public bool Invalid { get; set; }

    public string? ReportedBy { get; set; }

    public TextSpan CueSpan { get; set; }
}
