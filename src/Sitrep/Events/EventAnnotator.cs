using Sitrep.Documents;
using Sitrep.Events.Internal;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The events stage: codes every sentence with <see cref="EventCoder"/> (built-in dictionaries unless
/// others are given) and fills the contract <see cref="Event"/>: CAMEO and PLOVER codes, Goldstein and
/// quad class, source and target (entity ids where the entity layer names them, actor codes always),
/// trigger span, modality, the date of the nearest DATE timex in the sentence (null: at or before
/// publication), the place, and the numbers killed and injured. Pure and thread-safe. Works without the
/// lower layers: with no tokens or sentences it splits the text itself.
/// <para>
/// Document context, applied in reading order: the entity layer's mentions and resolved "he"/"his"
/// (<see cref="DocumentActors"/>) are the actors, a role with no country takes the document's focus
/// country, a death with no cause of its own takes the code and date of the violence just reported, a
/// bare definite event noun ("the bombing") shares the date of the event it points back to, and a
/// verb in the present progressive is dated to publication.
/// </para>
/// </summary>
public sealed class EventAnnotator(EventDictionaries? dictionaries = null) : IAnnotator
{
    private readonly EventCoder _coder = new(dictionaries ?? EventDictionaries.BuiltIn, allowMissingActor: true);

    public string Name => "events";

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        string text = document.Text;
        var (tokens, sentences) = document.Tokens.Count > 0 && document.Sentences.Count > 0
            ? (document.Tokens, document.Sentences)
            : FallbackSentences.Split(text);

        var events = new List<Event>();
        var published = document.Document.Source.Published;
        var actors = DocumentActors.Build(document.Entities);
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            int first = sentence.FirstToken, end = sentence.EndToken;
            if (end <= first)
            {
                continue;
            }

            var syntax = ReferenceEquals(tokens, document.Tokens) ? document.Syntax : null;
            var coded = _coder.Code(text, tokens, first, end, published, actors.InSentence(text, tokens, sentences, s), syntax);
            if (coded.Count == 0)
            {
                continue;
            }

            var (killed, injured) = CasualtyFinder.Find(text, tokens, first, end);
            foreach (var coding in coded)
            {
                var e = coding;
                string? inheritedDate = null;
                if (e.CauseUnstated)
                {
                    // "The ministers killed were …", "died from his injuries": the violence reported just before.
                    var cause = EarlierViolence(events, s);
                    if (cause is null && !Words.IsAny(Words.At(text, tokens, e.TriggerToken), ["killed"]))
                    {
                        continue; // a death with no violence behind it is no political event
                    }

                    if (cause is not null)
                    {
                        e = e with { Cameo = cause.Cameo! };
                        inheritedDate = cause.Date;
                    }
                }

                // "Syria's chemical weapons … these weapons could be used against the rebels": the weapons the
                // demonstrative points back to say which kind of violence using them is (CAMEO 204x).
                if (e.Cameo == "190" && Words.IsAny(Words.At(text, tokens, e.TriggerToken), UseVerbs)
                    && MassDestructionCode(text, tokens, sentences, s) is { } wmd)
                {
                    e = e with { Cameo = wmd };
                }

                var info = CameoCodes.Find(e.Cameo);
                var trigger = e.TriggerEndToken > e.TriggerToken
                    ? new TextSpan(tokens[e.TriggerToken].Start, tokens[e.TriggerEndToken - 1].End)
                    : tokens[e.TriggerToken].Span;
                string? targetActor = actors.WithFocusCountry(e.TargetCode);
                string? sourceActor = actors.WithFocusCountry(e.SourceCode) ?? ImpliedDetainer(e.Cameo, targetActor);
                targetActor ??= ImpliedTarget(text, tokens[e.TriggerToken], sourceActor);
                bool ownForces = e.Cameo.StartsWith("15", StringComparison.Ordinal) && targetActor is not null
                    && DocumentActors.CountryOf(targetActor) == DocumentActors.CountryOf(sourceActor) && targetActor.EndsWith("MIL", StringComparison.Ordinal);
                if (ownForces)
                {
                    // "The President redeployed troops": a show of force moves one's own forces; they are not its target.
                    targetActor = null;
                }

                var (date, dateText) = DateFor(document.Timex, text, tokens, sentence, e.TriggerToken, e.Nominal);
                var modality = ModalityDetector.Detect(text, tokens, first, end, e.TriggerToken);
                if (e.Actorless && modality is not (Modality.Hypothetical or Modality.Planned))
                {
                    continue;
                }

                if (date is null && modality is not (Modality.Hypothetical or Modality.Planned or Modality.Negated))
                {
                    (date, dateText) = HostClauseDate(document.Timex, events, text, tokens, sentence, s, e.TriggerToken);
                }

                if (date is null && modality is not (Modality.Hypothetical or Modality.Planned or Modality.Negated))
                {
                    date = OngoingAtPublication(text, tokens, first, e) && published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                        : DefiniteReference(text, tokens, first, e) ? DateOfEarlier(events, e.Cameo) : inheritedDate;
                }

                // An undated event that may or is planned to happen lies after the text was written
                // (TIMEX3 FUTURE_REF), unless the modal looks back ("could have been used").
                if (date is null && modality is Modality.Hypothetical or Modality.Planned && !LooksBack(text, tokens, first, e.TriggerToken))
                {
                    date = "FUTURE_REF";
                }

                string? sourceEntity = e.SourceEntity ?? EntityAt(document.Entities, tokens, e.SourceStart, e.SourceEnd);
                if (e.Nominal && RepeatsEarlier(events, text, tokens, first, e, sourceEntity, s))
                {
                    continue;
                }

                bool violent = CameoCodes.IsViolent(e.Cameo);
                var @event = new Event
                {
                    Id = $"ev{events.Count + 1}",
                    Cameo = e.Cameo,
                    Plover = info?.Plover,
                    Goldstein = info?.Goldstein,
                    QuadClass = info?.QuadClass ?? CameoCodes.QuadClassOf(e.Cameo),
                    Source = sourceEntity,
                    Target = ownForces ? null : e.TargetEntity ?? EntityAt(document.Entities, tokens, e.TargetStart, e.TargetEnd),
                    SourceActor = sourceActor,
                    TargetActor = targetActor,
                    Location = PlaceFor(document.Entities, text, tokens, first, end, e.TriggerToken),
                    Date = date,
                    DateText = dateText,
                    Modality = modality,
                    Sentence = s,
                    Trigger = trigger,
                    Killed = violent ? killed : null,
                    Injured = violent ? injured : null,
                    Confidence = sourceActor is not null && targetActor is not null ? 0.8 : 0.5,
                };
                events.Add(@event);

                // "they once again vetoed": "again" says the same event happened before, at some earlier time.
                if (!e.Nominal && AgainBefore(text, tokens, first, e.TriggerToken) is { } again)
                {
                    events.Add(@event with { Id = $"ev{events.Count + 1}", Trigger = again, Date = null, DateText = null });
                }
            }
        }

        return document with { Events = events };
    }

    private static readonly string[] UseVerbs = ["use", "used", "uses", "using", "employ", "employed", "employs", "employing"];

    /// <summary>How many sentences back "these weapons" may point.</summary>
    private const int WeaponReach = 3;

    /// <summary>
    /// "2041" (chemical or biological) or "2042" (nuclear) when the sentence speaks of "these", "those" or
    /// "such" weapons and the weapons named last before them, in this or the last few sentences, are of that
    /// kind; else null.
    /// </summary>
    private static string? MassDestructionCode(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int sentenceIndex)
    {
        var sentence = sentences[sentenceIndex];
        int pointer = -1;
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (Words.IsAny(Words.At(text, tokens, i), ["these", "those", "such"]) && Words.Is(Words.At(text, tokens, i + 1), "weapons"))
            {
                pointer = i;
                break;
            }
        }

        if (pointer < 0)
        {
            return null;
        }

        int from = sentences[Math.Max(0, sentenceIndex - WeaponReach)].FirstToken;
        for (int i = pointer - 1; i > from; i--)
        {
            if (!Words.Is(Words.At(text, tokens, i), "weapons"))
            {
                continue;
            }

            var kind = Words.At(text, tokens, i - 1);
            if (Words.IsAny(kind, ["chemical", "biological"]))
            {
                return "2041";
            }

            if (Words.Is(kind, "nuclear"))
            {
                return "2042";
            }
        }

        return null;
    }

    /// <summary>The span of "again" or "once again" right before the verb, or null.</summary>
    private static TextSpan? AgainBefore(string text, IReadOnlyList<Token> tokens, int first, int trigger)
    {
        int i = trigger - 1;
        if (i < first || !Words.Is(Words.At(text, tokens, i), "again"))
        {
            return null;
        }

        int start = i > first && Words.Is(Words.At(text, tokens, i - 1), "once") ? i - 1 : i;
        return new TextSpan(tokens[start].Start, tokens[i].End);
    }

    /// <summary>How many sentences back a death with no stated cause looks for the violence that caused it.</summary>
    private const int CauseReach = 3;

    /// <summary>The latest asserted or reported event of CAMEO 18–20 in this or the last few sentences.</summary>
    private static Event? EarlierViolence(List<Event> earlier, int sentence)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var x = earlier[i];
            if (x.Sentence < sentence - CauseReach)
            {
                return null;
            }

            if (CameoCodes.IsViolent(x.Cameo) && x.Modality is Modality.Asserted or Modality.Reported)
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// A defection is a move away from one's own side: with no target in the text, "the defection of a
    /// Syrian general" is against the Syrian government (CAMEO codes defection as a rejection of it).
    /// </summary>
    private static string? ImpliedTarget(string text, Token trigger, string? source) =>
        DocumentActors.CountryOf(source) is { } country && text.AsSpan(trigger.Start, trigger.End - trigger.Start).StartsWith("defect", StringComparison.OrdinalIgnoreCase)
            ? country + "GOV"
            : null;

    /// <summary>
    /// "Tlas was under house arrest": an arrest or detention (CAMEO 173) with no one named as making it is the
    /// state's, the government of the detainee's country.
    /// </summary>
    private static string? ImpliedDetainer(string cameo, string? target) =>
        cameo.StartsWith("173", StringComparison.Ordinal) && DocumentActors.CountryOf(target) is { } country ? country + "GOV" : null;

    /// <summary>The entity with a mention overlapping tokens [start, end), or null.</summary>
    private static string? EntityAt(IReadOnlyList<Entity> entities, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start < 0 || end <= start || entities.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (m.Span.Overlaps(span))
                {
                    return entity.Id;
                }
            }
        }

        return null;
    }

    /// <summary>"Forces are clashing in Damascus": a verb in the present progressive happens as the text is written.</summary>
    private static bool OngoingAtPublication(string text, IReadOnlyList<Token> tokens, int first, CodedEvent e)
    {
        if (e.Nominal || !Words.At(text, tokens, e.TriggerToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = e.TriggerToken - 1; i >= first && i >= e.TriggerToken - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, ["is", "are", "am", "'re", "’re"]))
            {
                return true;
            }

            if (!Words.IsAdverb(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Also died in the bombing", "the attack": a definite event noun names an event the text has
    /// already reported, so it shares that event's date.
    /// </summary>
    private static bool DefiniteReference(string text, IReadOnlyList<Token> tokens, int first, CodedEvent e)
    {
        int noun = e.TriggerEndToken > e.TriggerToken ? e.TriggerEndToken - 1 : e.Nominal ? e.TriggerToken : -1;

        // "the military attacks on civilians" describes a new event; a bare "the bombing" points back.
        if (noun < 0 || noun + 1 < tokens.Count && Words.IsAny(Words.At(text, tokens, noun + 1), ["of", "on", "against", "by", "in", "at"]))
        {
            return false;
        }

        return noun >= 0 && DeterminerBefore(text, tokens, first, noun) is int d && Words.IsAny(Words.At(text, tokens, d), DefiniteArticles);
    }

    private static readonly string[] DefiniteArticles = ["the", "this", "that"];

    /// <summary>How many sentences back an event noun with no actor of its own may point to an earlier event.</summary>
    private const int AnaphorReach = 3;

    /// <summary>
    /// "His defection is even more significant", "the bombing of the headquarters": a definite or possessive
    /// event noun with the code root of an event already reported by the same actor (the same entity; with no
    /// actor named, one just before that had none either) mentions that event again; it is not a new event.
    /// "Another defection", "a bombing" are new.
    /// </summary>
    private static bool RepeatsEarlier(List<Event> earlier, string text, IReadOnlyList<Token> tokens, int first, CodedEvent e, string? sourceEntity, int sentence)
    {
        if (DeterminerBefore(text, tokens, first, e.TriggerToken) is not int determiner || (e.SourceCode is not null && sourceEntity is null))
        {
            return false;
        }

        // "His defection" after a defection: the matching event says more about whose it is than the
        // nearest person before "his" does.
        bool pronoun = !Words.IsAny(Words.At(text, tokens, determiner), DefiniteArticles);

        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var x = earlier[i];
            if (x.Cameo is not { Length: >= 3 } c || e.Cameo.Length < 3 || !c.AsSpan(0, 3).SequenceEqual(e.Cameo.AsSpan(0, 3)))
            {
                continue;
            }

            bool near = x.Sentence >= sentence - AnaphorReach;
            if (pronoun && near && x.Source is not null)
            {
                return true;
            }

            if (sourceEntity is not null ? x.Source == sourceEntity : x.Source is null && x.SourceActor is null && near)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the bombing", "his defection", "the recent defection": the token of a definite or possessive determiner
    /// before the noun, lower-case modifiers between; else null.
    /// </summary>
    private static int? DeterminerBefore(string text, IReadOnlyList<Token> tokens, int first, int noun)
    {
        for (int i = noun - 1; i >= first && i >= noun - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, DefiniteOrPossessives))
            {
                return i;
            }

            if (!(Words.IsModifierLike(w) && char.IsLower(w[0])))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly string[] DefiniteOrPossessives = ["the", "this", "that", "his", "her", "its", "their"];

    /// <summary>The date of the latest earlier event of the same CAMEO root (18: assault …) that has a calendar date.</summary>
    private static string? DateOfEarlier(List<Event> earlier, string cameo)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var x = earlier[i];
            if (x.Date is { Length: > 0 } d && char.IsAsciiDigit(d[0]) && x.Cameo is { Length: >= 2 } c && cameo.Length >= 2 && c[0] == cameo[0] && c[1] == cameo[1])
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// A clause that hangs on another shares its date: "took place 11 days ago by the ambassador, who denounced
    /// … and called on …" (a relative clause after a comma), "was recently emphasised by X, when addressing …"
    /// (a when- or while-clause), and "After the vote, Hague declared …" (the event just reported).
    /// </summary>
    private static (string? Value, TextSpan? Span) HostClauseDate(IReadOnlyList<Timex> timex, List<Event> earlier, string text, IReadOnlyList<Token> tokens, Sentence sentence, int sentenceIndex, int trigger)
    {
        int first = sentence.FirstToken;
        if (trigger > first + 2 && Words.IsAny(Words.At(text, tokens, first), ["after", "following"]) && Words.Is(Words.At(text, tokens, first + 1), "the"))
        {
            for (int i = earlier.Count - 1; i >= 0 && earlier[i].Sentence >= sentenceIndex - 2; i--)
            {
                if (earlier[i].Sentence < sentenceIndex && earlier[i].Date is { Length: > 0 } d && char.IsAsciiDigit(d[0]))
                {
                    return (d, null);
                }
            }

            return (null, null);
        }

        int host = -1;
        for (int i = trigger - 1; i > first; i--)
        {
            var w = Words.At(text, tokens, i);
            if (w is ";" or ":")
            {
                break;
            }

            if ((Words.IsAny(w, ["who", "which"]) && Words.At(text, tokens, i - 1) is ",") || Words.IsAny(w, ["when", "while"]))
            {
                host = i;
                break;
            }
        }

        if (host < 0)
        {
            return (null, null);
        }

        for (int i = earlier.Count - 1; i >= 0 && earlier[i].Sentence == sentenceIndex; i--)
        {
            if (earlier[i].Date is { } d && earlier[i].Trigger.End <= tokens[host].Start)
            {
                return (d, earlier[i].DateText);
            }
        }

        Timex? best = null;
        foreach (var t in timex)
        {
            if (t.Start >= sentence.Start && t.End <= tokens[host].Start && t.Type is TimexType.Date or TimexType.Time)
            {
                best = t;
            }
        }

        return best is null ? (null, null) : (best.Value, new TextSpan(best.Start, best.End));
    }

    /// <summary>"could have", "would have", "might have" before the trigger: a possibility in the past.</summary>
    private static bool LooksBack(string text, IReadOnlyList<Token> tokens, int first, int trigger)
    {
        for (int i = Math.Max(first, trigger - 4); i < trigger - 1; i++)
        {
            if (Words.IsAny(Words.At(text, tokens, i), ["could", "would", "might", "may", "should", "must"])
                && Words.IsAny(Words.At(text, tokens, i + 1), ["have", "'ve", "’ve"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The DATE (or TIME) timex nearest the trigger within its clause: a comma, a subordinating or
    /// relative word, or "and"/"but" before a new subject lies between a clause and another's date.
    /// </summary>
    /// <param name="nominal">An event noun takes its date from its own phrase ("the defection two weeks ago"), not
    /// from a date earlier in the clause, which dates the verb it is the object of ("last week he condemned
    /// the attacks").</param>
    private (string? Value, TextSpan? Span) DateFor(IReadOnlyList<Timex> timex, string text, IReadOnlyList<Token> tokens, Sentence sentence, int trigger, bool nominal)
    {
        Timex? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in timex)
        {
            if (t.Start < sentence.Start || t.End > sentence.End || t.Type is not (TimexType.Date or TimexType.Time))
            {
                continue;
            }

            if (nominal && t.End <= tokens[trigger].Start && !(trigger > 0 && t.End >= tokens[trigger - 1].Start))
            {
                continue;
            }

            int distance = Math.Abs(t.Start - tokens[trigger].Start);
            if (distance < bestDistance && SameClause(text, tokens, sentence, trigger, t))
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best is null ? (null, null) : (best.Value, new TextSpan(best.Start, best.End));
    }

    private bool SameClause(string text, IReadOnlyList<Token> tokens, Sentence sentence, int trigger, Timex t)
    {
        int from, to;
        if (t.End <= tokens[trigger].Start)
        {
            from = sentence.FirstToken;
            while (from < trigger && tokens[from].Start < t.End)
            {
                from++;
            }

            to = trigger;
        }
        else
        {
            from = trigger + 1;
            to = from;
            while (to < sentence.EndToken && tokens[to].Start < t.Start)
            {
                to++;
            }
        }

        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            // "… were killed when shells struck the market on Tuesday": a when-clause happens at the
            // same time as the clause it modifies, so its date is theirs too.
            if (w is "when")
            {
                continue;
            }

            // "under house arrest since May 2011": right before the date, "since" or "until" is its preposition.
            bool datePreposition = i == to - 1 && t.Start > tokens[trigger].Start && Words.IsAny(w, ["since", "until", "after", "before"]);
            if (w is "," or ";" or ":" || (Words.IsSubordinator(w) && !datePreposition) || Words.IsAny(w, ["which", "who", "whom", "whose", "that"]))
            {
                return false;
            }

            // "… and three officials died on Wednesday": a new subject starts a clause; "and condemned" does not.
            if (Words.IsAny(w, ["and", "but", "while"]) && i + 1 < sentence.EndToken)
            {
                var next = Words.At(text, tokens, i + 1);
                if (_coder.Dictionaries.Verbs.Lookup(next).Count == 0 && !Words.IsAdverb(next) && !Words.IsAuxiliary(next))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Where: the place entity introduced by "in", "at" or "near" in the sentence, nearest the trigger;
    /// without an entity layer, the words of that place phrase.
    /// </summary>
    private static string? PlaceFor(IReadOnlyList<Entity> entities, string text, IReadOnlyList<Token> tokens, int first, int end, int trigger)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int i = first; i < end - 1; i++)
        {
            if (!Words.IsAny(Words.At(text, tokens, i), ["in", "at", "near", "outside"]))
            {
                continue;
            }

            int distance = Math.Abs(i - trigger);
            if (distance >= bestDistance)
            {
                continue;
            }

            var next = tokens[i + 1];
            int probe = Words.Is(Words.At(text, tokens, i + 1), "the") && i + 2 < end ? tokens[i + 2].Start : next.Start;
            foreach (var entity in entities)
            {
                if (entity.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Facility))
                {
                    continue;
                }

                foreach (var m in entity.Mentions)
                {
                    if (m.Start == probe || m.Start == next.Start)
                    {
                        best = entity.Id;
                        bestDistance = distance;
                    }
                }
            }

            if (entities.Count == 0 && char.IsUpper(text[next.Start]))
            {
                // No entity layer: name the place by its capitalised words.
                int j = i + 1;
                while (j < end && char.IsUpper(text[tokens[j].Start]))
                {
                    j++;
                }

                best = text[next.Start..tokens[j - 1].End];
                bestDistance = distance;
            }
        }

        return best;
    }
}
