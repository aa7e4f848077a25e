using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;
using Sitrep.Events.Internal;

namespace Sitrep.Events;

/// <summary>
/// Codes the events of one sentence with PETRARCH-format dictionaries: finds verbs (any inflection),
/// picks the most specific matching pattern, and takes source and target from the pattern's <c>$</c>/<c>+</c>
/// or, failing those, linearly (the actor phrase before the verb is the source, the first one after it the
/// target; the other way round in the passive). Coordinated actors give one event each, as in PETRARCH2.
/// Stateless and thread-safe; the dictionaries are shared.
/// </summary>
public sealed class EventCoder(EventDictionaries dictionaries, bool allowMissingActor = false)
{
    public EventDictionaries Dictionaries { get; } = dictionaries;

    /// <summary>
    /// When true, an event whose source or target is not a known actor is still reported (with that side
    /// null), as the annotator wants; PETRARCH validation codes only events with both.
    /// </summary>
    public bool AllowMissingActor { get; } = allowMissingActor;

    /// <summary>
    /// When true (the default, the CAMEO codebook's reading), an announced act is coded as what it announces:
    /// "X will visit Y" is the intent to meet (036), "X would blockade Y" a threat (13x), "X will not meet Y" a
    /// rejection (125). PETRARCH2 codes the verb itself and its validation records expect that: false.
    /// </summary>
    public bool CodeFutureAsIntent { get; init; } = true;

    /// <summary>
    /// When true (the default), a literal pattern word also matches its regular plural ("* ROAD" matches
    /// "blocked roads"), as TABARI, whose patterns the Phoenix dictionary inherits, matched words as stems.
    /// PETRARCH2 matches words exactly and its validation records test that: false.
    /// </summary>
    public bool MatchPluralPatternWords { get; init; } = true;

    /// <summary>
    /// When true (the default), a sentence-level discard phrase ("1988", "years ago", "football") drops the
    /// events of the verb or event noun nearest it, not the sentence (<see cref="DiscardScope"/>). PETRARCH2
    /// drops the sentence and its validation records test that: false.
    /// </summary>
    public bool ScopeDiscards { get; init; } = true;

    /// <summary>
    /// When true, a role with no country ("---GOV" for "President Mugabe") takes the country of the sentence
    /// when its actors name exactly one ("Opposition groups in Zimbabwe are demanding that President Mugabe
    /// …"): the annotator's document focus country for a text of one sentence, such as a PLOVER record. Off by
    /// default: in an article the annotator's focus country, from the whole document, decides.
    /// </summary>
    public bool RoleCountryFromSentence { get; init; }

    /// <summary>
    /// Codes the sentence made of tokens [<paramref name="first"/>, <paramref name="end"/>) of
    /// <paramref name="text"/>. <paramref name="date"/> resolves date-restricted actor codes.
    /// </summary>
    /// <param name="known">Actor phrases already coded by the entity layer; they take precedence over dictionary matches.</param>
    /// <param name="syntax">The dependency parse, when the pipeline has one: part of speech decides verb or noun, and
    /// subject and object come from the parse before the linear fallback.</param>
    public List<CodedEvent> Code(string text, IReadOnlyList<Token> tokens, int first, int end, DateOnly? date, IReadOnlyList<KnownActor>? known = null, SyntaxLayer? syntax = null)
    {
        if (end <= first)
        {
            return [];
        }

        var discarded = DiscardScope.Find(Dictionaries.Discards, text, tokens, first, end, out bool wholeSentence);
        if (wholeSentence || (discarded is not null && !ScopeDiscards))
        {
            return [];
        }

        var mentions = ActorMentionFinder.Find(text, tokens, first, end, Dictionaries, date, known);
        var s = new SentenceContext(text, tokens, first, end, mentions, new PatternMatcher(text, tokens, first, end, mentions, Dictionaries.Verbs, MatchPluralPatternWords), AllowMissingActor)
        {
            Syntax = syntax is { IsEmpty: false } && syntax.Upos.Length >= end ? syntax : null,
            FutureAsIntent = CodeFutureAsIntent,
            Verbs = Dictionaries.Verbs,
            NounMatcher = new PatternMatcher(text, tokens, first, end, mentions, Dictionaries.Nouns, MatchPluralPatternWords),
            Supplement = Dictionaries.SupplementVerbs is { } supplement
                ? new PatternMatcher(text, tokens, first, end, mentions, supplement, MatchPluralPatternWords)
                : null,
        };
        for (int v = first; v < end; v++)
        {
            if (InsideMention(mentions, v) || s.Used.Contains(v))
            {
                continue;
            }

            var word = Words.At(text, tokens, v);

            // "all those protesting against the government": a participle after "those" says who they are, not what happened.
            if (v > first && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Words.IsAny(Words.At(text, tokens, v - 1), ["those", "anyone", "everyone", "others"]))
            {
                continue;
            }

            if (HarmCause.ByHazard(text, tokens, first, v, Dictionaries.Nouns))
            {
                continue;
            }

            // "the National Air and Space Museum", "an attacking style", "wound up": a word of a name, an
            // adjective made from a verb and a phrasal verb of another meaning are no triggers.
            if (InsideName(text, tokens, first, end, v) || (s.Syntax is { } tags && tags.Deprel[v] == "amod" && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                || (Words.Is(word, "wound") && v + 1 < end && Words.Is(Words.At(text, tokens, v + 1), "up")))
            {
                continue;
            }

            var entries = Dictionaries.Verbs.Lookup(word);

            // Measured on the seed article, the tagger's NOUN/VERB decides worse than the neighbours do.
            bool noun = ((LooksLikeNoun(text, tokens, first, v) && !TaggedVerbAfterPlural(s, v) || TaggedCompoundNoun(s, v)) && !AfterPluralSubject(s, v)) || PluralHeadOfSubject(s, v);
            if (!noun && HarmCause.IsHarmVerb(word) && CodeHarm(s, v))
            {
                continue;
            }

            if (!noun && (entries.Count > 0 || Dictionaries.SupplementVerbs?.Lookup(word).Count > 0))
            {
                CodeVerb(s, v, entries, Dictionaries.SupplementVerbs);
                continue;
            }

            var nouns = Dictionaries.Nouns.Lookup(word);
            if (nouns.Count > 0 && (noun || InNounContext(s, v)) && !ModifiesAThing(s, v))
            {
                // "staged demonstrations": the light verb's subject is the agent of the noun's event, and a frame
                // around the light verb frames the event ("threatened to impose a curfew": 1323); a verb of
                // ending reverses it ("lifted the curfew": 0813).
                // "Tlas was under house arrest", "the town came under attack": the subject of "under" undergoes the event.
                int under = UnderBefore(text, tokens, first, v);
                int support = under < 0 ? SupportVerbs.Governing(text, tokens, first, v) : -1;
                var agent = support < 0 ? null : Before(mentions, support, first, text, tokens) ?? (FollowsCoordinator(text, tokens, first, support) ? s.LastSubject : null);
                int governor = -1;
                bool reversal = support >= 0 && SupportVerbs.IsReversal(Words.At(text, tokens, support));
                Func<string, string?>? reframe = support < 0 ? null
                    : reversal ? c => IntentCodes.Reversal(c) is { } r ? Framed(s, support, r, out governor) ?? r : null
                    : c => Framed(s, support, c, out governor) ?? c;
                var patient = under < 0 ? null : Before(mentions, under, first, text, tokens);
                int before = s.Events.Count;
                NominalCoder.Code(s.Text, s.Tokens, s.First, s.End, v, nouns[0], s.Mentions, s.NounMatcher, s.AllowMissingActor, s.Events, agent, reframe, patient, ListHead(mentions, first, v, text, tokens));
                if (s.Events.Count > before && governor >= 0)
                {
                    s.Events.RemoveAll(e => e.TriggerToken == governor);
                }

                // "killed 46 civilians in an attack on a village": the attack is the killing's own event, so it
                // has the killing's sides (the village only says where).
                var same = support < 0 ? AdjunctEvents.VerbOf(text, tokens, first, s.Events, v) : null;
                for (int i = 0; i < s.Events.Count; i++)
                {
                    if (s.Events[i].TriggerToken == v)
                    {
                        var e = s.Events[i] with { Nominal = true };
                        if (same is not null)
                        {
                            e = e with
                            {
                                SourceCode = same.SourceCode,
                                SourceStart = same.SourceStart,
                                SourceEnd = same.SourceEnd,
                                SourceEntity = same.SourceEntity,
                                TargetCode = same.TargetCode,
                                TargetStart = same.TargetStart,
                                TargetEnd = same.TargetEnd,
                                TargetEntity = same.TargetEntity,
                            };
                        }

                        s.Events[i] = e;
                    }
                }

                s.Used.Add(v);
            }
        }

        if (discarded is not null)
        {
            DiscardScope.Drop(s.Events, discarded, first, end, i => !InsideMention(mentions, i) && IsEventWord(Words.At(text, tokens, i)));
        }

        if (RoleCountryFromSentence)
        {
            SentenceCountry.FillRoles(s.Events, mentions);
        }

        return s.Events;
    }

    /// <summary>
    /// "Serb forces were engaged", "Burmese troops have captured": a word in -s right after an actor phrase and
    /// right before a plural auxiliary is the plural head of the subject, not a verb (a verb in -s is singular).
    /// </summary>
    private static bool PluralHeadOfSubject(SentenceContext s, int v)
    {
        if (v == s.First || v + 1 >= s.End || !InsideMention(s.Mentions, v - 1))
        {
            return false;
        }

        var word = Words.At(s.Text, s.Tokens, v);
        return word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's'
            && Words.IsAny(Words.At(s.Text, s.Tokens, v + 1), PluralAuxiliaries);
    }

    private static readonly string[] PluralAuxiliaries = ["are", "were", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can"];

    private bool IsEventWord(ReadOnlySpan<char> word) =>
        Dictionaries.Verbs.Lookup(word).Count > 0 || Dictionaries.Nouns.Lookup(word).Count > 0 || Dictionaries.SupplementVerbs?.Lookup(word).Count > 0;

    /// <summary>What the coder knows about the sentence while it walks it left to right.</summary>
    private sealed class SentenceContext(string text, IReadOnlyList<Token> tokens, int first, int end, List<ActorMention> mentions, PatternMatcher matcher, bool allowMissingActor)
    {
        public bool AllowMissingActor { get; } = allowMissingActor;

        public SyntaxLayer? Syntax { get; init; }

        public bool FutureAsIntent { get; init; }

        public VerbDictionary Verbs { get; init; } = VerbDictionary.Empty;

        public string Text { get; } = text;

        public IReadOnlyList<Token> Tokens { get; } = tokens;

        public int First { get; } = first;

        public int End { get; } = end;

        public List<ActorMention> Mentions { get; } = mentions;

        public PatternMatcher Matcher { get; } = matcher;

        /// <summary>The matcher over the event-noun dictionary, shared by nominal events and the causes of harm verbs.</summary>
        public required PatternMatcher NounMatcher { get; init; }

        /// <summary>The matcher over <see cref="EventDictionaries.SupplementVerbs"/>, when there are any.</summary>
        public PatternMatcher? Supplement { get; init; }

        public List<CodedEvent> Events { get; } = [];

        /// <summary>Words already used by a verb or its pattern: not triggers again.</summary>
        public HashSet<int> Used { get; } = [];

        /// <summary>The subject of the last verb coded, for a coordinated verb phrase ("X condemned … and promised …").</summary>
        public ActorMention? LastSubject { get; set; }

        /// <summary>The first token of the last verb coded, when it was passive; else -1.</summary>
        public int LastPassiveVerb { get; set; } = -1;

        /// <summary>The token of the last verb that gave an event, or -1.</summary>
        public int LastTrigger { get; set; } = -1;
    }

    /// <summary>
    /// "Three officials died in a suicide bomb attack": the cause noun's event, its victims (the subject)
    /// as target and its "by" agent, if any, as source; the trigger spans verb to noun. With no cause and
    /// no agent ("the ministers killed were …", "died from his injuries") the event is marked
    /// <see cref="CodedEvent.CauseUnstated"/> for the annotator to tie to the violence reported before it.
    /// Active "rebels killed five soldiers" is left to the verb dictionary.
    /// </summary>
    private bool CodeHarm(SentenceContext s, int v)
    {
        var (text, tokens) = (s.Text, s.Tokens);
        bool dies = HarmCause.IsDying(Words.At(text, tokens, v));
        bool reducedRelative = v + 1 < s.End && Words.IsBe(Words.At(text, tokens, v + 1)) && !Words.IsPossessive(Words.At(text, tokens, v + 1));
        if (!dies && !reducedRelative && !IsPassive(text, tokens, s.First, v, v) && !ContinuesPassiveHarm(s, v))
        {
            return false;
        }

        var cause = HarmCause.Find(text, tokens, v, s.End, Dictionaries.Nouns, s.NounMatcher);
        int agentFrom = cause is { } c ? c.Noun + 1 : v + 1;
        bool hasAgent = agentFrom + 1 < s.End && Words.Is(Words.At(text, tokens, agentFrom), "by");
        if (cause is null && hasAgent)
        {
            return false; // "were killed by rebels": the passive verb's own coding
        }

        var victims = Before(s.Mentions, v, s.First, text, tokens);
        var agent = hasAgent ? After(s.Mentions, agentFrom + 1, s.End, text, tokens, preferBy: false) : null;
        int last = cause?.Noun ?? v;
        for (int k = v; k <= last; k++)
        {
            s.Used.Add(k);
        }

        int before = s.Events.Count;
        Emit(cause?.Code ?? "180", null, agent, victims, s.Mentions, v, passive: false, s.Events, s.AllowMissingActor);
        for (int i = before; i < s.Events.Count; i++)
        {
            s.Events[i] = s.Events[i] with { TriggerEndToken = last + 1, CauseUnstated = cause is null };
        }

        s.LastTrigger = v;
        return true;
    }

    /// <summary>"Four civilians were killed and eleven wounded": a harm participle after "and" continues the passive before it.</summary>
    private static bool ContinuesPassiveHarm(SentenceContext s, int v)
    {
        int last = s.LastTrigger;
        if (last < 0 || !HarmCause.IsHarmVerb(Words.At(s.Text, s.Tokens, last)) || !IsPassive(s.Text, s.Tokens, s.First, last, last))
        {
            return false;
        }

        for (int i = v - 1; i > last && i >= v - 3; i--)
        {
            if (Words.Is(Words.At(s.Text, s.Tokens, i), "and"))
            {
                return true;
            }
        }

        return false;
    }

    private static void CodeVerb(SentenceContext s, int v, IReadOnlyList<VerbEntry> entries, VerbDictionary? supplement = null)
    {
        if (supplement is null || s.Supplement is null)
        {
            TryEntries(s, v, entries, s.Matcher, Specificity.Any);
            return;
        }

        // Most specific first, the user's dictionary before ours at each level: a pattern ("blew up power lines"
        // 1712 over a bare "blow up" 190), then a multi-word verb ("beat up" 182 over a bare "beat" 190); a bare
        // verb of theirs with a code before ours.
        var ours = supplement.Lookup(Words.At(s.Text, s.Tokens, v));
        if (TryEntries(s, v, entries, s.Matcher, Specificity.Pattern) || TryEntries(s, v, ours, s.Supplement, Specificity.Pattern)
            || TryEntries(s, v, entries, s.Matcher, Specificity.MultiWord) || TryEntries(s, v, ours, s.Supplement, Specificity.MultiWord))
        {
            return;
        }

        bool theirsCoded = false;
        foreach (var e in entries)
        {
            theirsCoded |= e.Code is not null;
        }

        if ((theirsCoded || ours.Count == 0) && TryEntries(s, v, entries, s.Matcher, Specificity.Any))
        {
            return;
        }

        if (!TryEntries(s, v, ours, s.Supplement, Specificity.Any))
        {
            TryEntries(s, v, entries, s.Matcher, Specificity.Any);
        }
    }

    /// <summary>What a verb entry must match to be used: any match, a multi-word verb or pattern, or a pattern.</summary>
    private enum Specificity
    {
        Any,
        MultiWord,
        Pattern,
    }

    private static bool TryEntries(SentenceContext s, int v, IReadOnlyList<VerbEntry> entries, PatternMatcher matcher, Specificity need)
    {
        // Multi-word verbs first: "ask for" is more specific than "ask".
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var entry in entries)
            {
                bool multi = entry.WordsBefore.Count + entry.WordsAfter.Count > 0;
                if (multi != (pass == 0))
                {
                    continue;
                }

                if (TryCode(s, v, entry, matcher, need))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryCode(SentenceContext s, int v, VerbEntry entry, PatternMatcher matcher, Specificity need)
    {
        var (text, tokens, first, end, mentions) = (s.Text, s.Tokens, s.First, s.End, s.Mentions);
        if (!MultiWordMatches(text, tokens, first, end, v, entry, out int verbStart, out int verbEnd))
        {
            return false;
        }

        var match = matcher.Best(entry.Block, verbStart, verbEnd, entry);
        bool sharesPassiveSubject = false;

        // "these weapons could be used against X, or passed on to Y": a participle coordinated with an earlier
        // passive shares its subject, so the pattern's words before the verb are looked for before that passive.
        // So does an infinitive of purpose after it ("… passed on to Hizbollah to use against Israel": the weapons).
        if (match is null && s.LastPassiveVerb >= 0 && verbStart > first && Words.IsAny(Words.At(text, tokens, verbStart - 1), ["and", "or", "to"]))
        {
            match = matcher.Best(entry.Block, s.LastPassiveVerb, verbEnd, entry);
            sharesPassiveSubject = match is not null;
        }

        if (match is null && (need == Specificity.Pattern || (need == Specificity.MultiWord && entry.WordsBefore.Count + entry.WordsAfter.Count == 0)))
        {
            return false;
        }

        string? code = match is { } m ? m.Pattern.Code : entry.Code;
        string? reciprocal = match is { } r ? r.Pattern.ReciprocalCode : entry.ReciprocalCode;
        if (match is { } consumed)
        {
            // A pattern that takes in an earlier verb ("indicated should *") replaces that verb's event.
            foreach (int w in consumed.UsedWords)
            {
                s.Events.RemoveAll(e => e.TriggerToken == w);
            }

            s.Used.UnionWith(consumed.UsedWords);

            // "announced it will withdraw …" matched as one pattern of "announce": the frame around the
            // later verb it took in still applies ("will … unless" is a threat).
            foreach (int w in consumed.UsedWords)
            {
                if (code is not null && w >= verbEnd && s.Verbs.Lookup(Words.At(text, tokens, w)).Count > 0 && Framed(s, w, code, out _) is { } framedCode)
                {
                    code = framedCode;
                    reciprocal = null;
                    break;
                }
            }
        }

        for (int k = verbStart; k < verbEnd; k++)
        {
            s.Used.Add(k);
        }

        // "refused to …" rejects whatever follows, even where the dictionary leaves the bare verb uncoded;
        // a coded verb after "to" replaces this with the specific rejection (below).
        if (code is null && match is null && ComplementFrames.IsRefusalWord(Words.At(text, tokens, v)) && verbEnd < end && Words.Is(Words.At(text, tokens, verbEnd), "to"))
        {
            code = "120";
        }

        // "killed in a suicide bombing": the means makes it a bombing (183x).
        if (code is not null && Instruments.Refine(code, text, tokens, first, end, verbStart, verbEnd) is { } bombing)
        {
            code = bombing;
        }

        // "killed the deputy chief of …": killing a leader or official is an assassination (186).
        if (code is not null && Assassination.Refine(code, text, tokens, end, v, verbEnd) is { } assassination)
        {
            code = assassination;
            reciprocal = null;
        }

        // "X urged Y to withdraw", "X said Y must withdraw": X appeals to or demands of Y (02x, 10x) what the verb
        // says; a verb the dictionary leaves uncoded is still asked for (020, 100), unless an appeal verb has its own code.
        if (DirectiveFrames.Find(text, tokens, first, verbStart, mentions, out int speaker, out var asked, out bool demand, out bool reported)
            && Before(mentions, speaker, first, text, tokens) is { } requester && asked is not null && requester.Group != asked.Group
            && (code is not null || reported || !s.Events.Exists(e => e.TriggerToken == speaker)))
        {
            s.Events.RemoveAll(e => e.TriggerToken == speaker);
            Emit(demand ? IntentCodes.Demand(code ?? string.Empty) : IntentCodes.Appeal(code ?? string.Empty), null, requester, asked, mentions, v, false, s.Events, s.AllowMissingActor);
            s.LastTrigger = v;
            return true;
        }

        if (code is null && reciprocal is null)
        {
            return true;
        }

        // "agreed to resign": an intention with a cooperative code is CAMEO's intent to cooperate (030),
        // unless a pattern or the infinitive (below) says more.
        if (match is null && code is not null && code.Length >= 2 && code[0] == '0' && code[1] is >= '4' and <= '8'
            && Words.IsAny(Words.At(text, tokens, v), IntentWords) && verbEnd + 1 < end && Words.Is(Words.At(text, tokens, verbEnd), "to"))
        {
            code = "030";
            reciprocal = null;
        }

        // "agreed to send aid": CAMEO codes a stated intention as the intent to act (03x, 13x), a threat by
        // what is threatened (13x), a refusal by what is refused (12x).
        if (code is not null && Framed(s, verbStart, code, out int governor) is { } intent)
        {
            if (governor >= 0)
            {
                s.Events.RemoveAll(e => e.TriggerToken == governor);
            }

            code = intent;
            reciprocal = null;
        }
        else if (match is null && IsInfinitiveComplement(s, verbStart))
        {
            // "abandoned efforts to stop X": an infinitive inside a clause already coded belongs to that event.
            return true;
        }

        bool passive = IsPassive(text, tokens, first, verbStart, v);
        var subject = Before(mentions, verbStart, first, text, tokens);
        if (subject is null && FollowsCoordinator(text, tokens, first, verbStart))
        {
            subject = s.LastSubject;
        }

        subject ??= ParticipleSubject(mentions, first, verbStart, text, tokens);

        // "passed on to Hizbollah to use against Israel": the actor right before an infinitive of purpose uses it.
        if (!passive && verbStart > first + 1 && Words.Is(Words.At(text, tokens, verbStart - 1), "to") && MentionEndingAt(mentions, verbStart - 1) is { } controller
            && controller.Start > first && Words.IsAny(Words.At(text, tokens, controller.Start - 1), ["to", "for"]))
        {
            subject = FirstOfGroup(mentions, controller);
        }

        // "These weapons could be used against the rebels": a passive without "by" names no doer; the
        // phrase after "against"/"on" is the target when the subject is not an actor.
        var agent = passive ? After(mentions, verbEnd, end, text, tokens, preferBy: true) : null;
        if (agent is not null && passive && s.AllowMissingActor && !AfterBy(text, tokens, agent) && IsTargetPhrase(text, tokens, agent.Start))
        {
            agent = null;
        }

        var source = match?.Source ?? (passive ? agent : subject);
        var target = match?.Target ?? (passive ? subject ?? (s.AllowMissingActor ? TargetPhraseAfter(mentions, verbEnd, end, text, tokens) : null)
            : (s.AllowMissingActor ? DirectedPhrases.TargetAfter(mentions, verbEnd, end, text, tokens) : null) ?? After(mentions, verbEnd, end, text, tokens, preferBy: false, skipPlaces: s.AllowMissingActor));

        // "Syria's stockpile, which General Naveh described as …": in an object relative clause the
        // relative pronoun is the object, and the actor it stands for is in the noun phrase before it.
        if (target is null && !passive && s.AllowMissingActor && subject is not null)
        {
            target = ObjectRelativeAntecedent(mentions, subject, first, text, tokens);
        }

        // Where the linear reading finds no actor, the dependency parse may (relative clauses, long subjects).
        if ((source is null || target is null) && s.Syntax is { } parse && DependencyRoles.Find(parse, mentions, first, end, v) is { } roles)
        {
            source ??= roles.Source;
            target ??= roles.Target;
        }
        if (source is not null && target is not null && source.Group == target.Group)
        {
            target = null;
        }

        if (!passive && source is not null)
        {
            s.LastSubject = source;
        }

        int before = s.Events.Count;
        Emit(code, reciprocal, source, target, mentions, v, passive, s.Events, s.AllowMissingActor);
        if (s.Events.Count > before)
        {
            s.LastTrigger = v;
        }

        s.LastPassiveVerb = passive ? verbStart : sharesPassiveSubject ? s.LastPassiveVerb : -1;

        return true;
    }

    private static readonly string[] IntentWords = ["agree", "agreed", "agrees", "pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "offer", "offered", "offers", "plan", "plans", "planned", "decide", "decided", "decides", "intend", "intends", "intended", "ready", "willing", "prepared", "committed", "threaten", "threatened", "threatens"];

    /// <summary>The code a complement frame gives the verb ("threatened to" + impose sanctions = 1312), or null.</summary>
    private static string? Framed(SentenceContext s, int verbStart, string code, out int governor) =>
        ComplementFrames.Find(s.Text, s.Tokens, s.First, verbStart, out governor) switch
        {
            ComplementKind.Intent => IntentCodes.Of(code, explicitIntent: true),
            ComplementKind.Threat => IntentCodes.Threat(code),
            ComplementKind.Refusal => IntentCodes.Refusal(code),
            // "X will withdraw unless Y …": an announced act made conditional on the other side is a threat.
            ComplementKind.Future when s.FutureAsIntent && UnlessFollows(s, verbStart) => IntentCodes.Threat(code) ?? code,
            ComplementKind.Future when s.FutureAsIntent => IntentCodes.Future(code),
            ComplementKind.NegatedFuture when s.FutureAsIntent && code[0] == '0' && code.Length > 1 && code[1] is >= '3' and <= '8' => IntentCodes.Refusal(code),
            _ => null,
        };

    private static bool UnlessFollows(SentenceContext s, int verbStart)
    {
        for (int i = verbStart + 1; i < s.End; i++)
        {
            if (Words.Is(Words.At(s.Text, s.Tokens, i), "unless"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb right after "and"/"but" (adverbs and auxiliaries allowed) continues the previous verb phrase.</summary>
    private static bool FollowsCoordinator(string text, IReadOnlyList<Token> tokens, int first, int verbStart)
    {
        for (int i = verbStart - 1; i >= first && i >= verbStart - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.Is(w, "and") || Words.Is(w, "but") || Words.Is(w, "then"))
            {
                return true;
            }

            if (!Words.IsAdverb(w) && !Words.IsAuxiliary(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to VERB" after an earlier coded verb of the same clause (no comma, subordinator or coordinator between).</summary>
    private static bool IsInfinitiveComplement(SentenceContext s, int verbStart)
    {
        if (s.LastTrigger < 0 || verbStart - 1 < s.First || !Words.Is(Words.At(s.Text, s.Tokens, verbStart - 1), "to"))
        {
            return false;
        }

        for (int i = s.LastTrigger + 1; i < verbStart - 1; i++)
        {
            var w = Words.At(s.Text, s.Tokens, i);
            if (w is "," or ";" || Words.IsSubordinator(w) || Words.IsCoordinator(w) || Words.IsClauseWord(w) && !Words.Is(w, "to"))
            {
                return false;
            }
        }

        return true;
    }

    internal static void Emit(string? code, string? reciprocal, ActorMention? source, ActorMention? target, List<ActorMention> mentions, int trigger, bool passive, List<CodedEvent> events, bool allowMissingActor)
    {
        if (source is null)
        {
            if (allowMissingActor && target is not null)
            {
                foreach (var t in GroupOf(mentions, target))
                {
                    Add(code, null, t, trigger, passive, events);
                }
            }

            return;
        }

        var sources = GroupOf(mentions, source);
        if (target is null)
        {
            // A compound subject with no object acts on itself: "Gondor and Osgiliath delayed their meeting".
            // An apposition ("the ambassador, Nawaf al-Fares") is one actor named twice, not a compound.
            if (sources.Count < 2 || OneEntity(sources) || !AnyConjoined(sources))
            {
                if (sources.Count > 1)
                {
                    sources = [MostSpecific(sources)];
                }

                if (allowMissingActor)
                {
                    foreach (var s in sources)
                    {
                        Add(code, s, null, trigger, passive, events);
                    }
                }

                return;
            }

            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (!ReferenceEquals(a, b) && !SameEntity(a, b))
                    {
                        Add(code, a, b, trigger, passive, events);
                    }
                }
            }

            return;
        }

        var targets = GroupOf(mentions, target);
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                Add(code, s, t, trigger, passive, events);
                Add(reciprocal, t, s, trigger, passive, events);
            }
        }
    }

    private static void Add(string? code, ActorMention? source, ActorMention? target, int trigger, bool passive, List<CodedEvent> events)
    {
        if (code is null)
        {
            return;
        }

        IReadOnlyList<string?> sourceCodes = source is null ? NoActor : source.Codes;
        IReadOnlyList<string?> targetCodes = target is null ? NoActor : target.Codes;
        foreach (var s in sourceCodes)
        {
            foreach (var t in targetCodes)
            {
                // Same code on both sides is no event for PETRARCH ("Gondor and Gondor"); where the entity
                // layer says the two phrases are different actors (an ambassador denouncing his own
                // government), the event stands.
                if (s is not null && s == t && (source!.Entity is null || target!.Entity is null || source.Entity == target.Entity))
                {
                    continue;
                }

                var e = new CodedEvent(code, s, t, trigger, source?.Start ?? -1, source?.End ?? -1, target?.Start ?? -1, target?.End ?? -1, passive)
                {
                    SourceEntity = source?.Entity,
                    TargetEntity = target?.Entity,
                };
                if (!Contains(events, e))
                {
                    events.Add(e);
                }
            }
        }
    }

    private static readonly string?[] NoActor = [null];

    private static bool SameEntity(ActorMention a, ActorMention b) => a.Entity is not null && a.Entity == b.Entity;

    /// <summary>Of one actor's several names, the one the entity layer coded with a country, else the first with a country.</summary>
    private static ActorMention MostSpecific(List<ActorMention> names)
    {
        ActorMention? withCountry = null;
        foreach (var m in names)
        {
            bool country = m.Codes.Count > 0 && !m.Codes[0].StartsWith("---", StringComparison.Ordinal);
            if (country && m.Entity is not null)
            {
                return m;
            }

            withCountry ??= country ? m : null;
        }

        return withCountry ?? names[0];
    }

    /// <summary>"Gondor and Osgiliath" is a compound; "Israel's deputy chief, General Naveh" (commas only) is one actor named twice.</summary>
    private static bool AnyConjoined(List<ActorMention> group)
    {
        foreach (var m in group)
        {
            if (m.Conjoined)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OneEntity(List<ActorMention> group)
    {
        for (int i = 1; i < group.Count; i++)
        {
            if (!SameEntity(group[0], group[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(List<CodedEvent> events, CodedEvent e)
    {
        foreach (var x in events)
        {
            if (x.Cameo == e.Cameo && x.SourceCode == e.SourceCode && x.TargetCode == e.TargetCode && (x.SourceCode is not null && x.TargetCode is not null || x.TriggerToken == e.TriggerToken))
            {
                return true;
            }
        }

        return false;
    }

    internal static List<ActorMention> GroupOf(List<ActorMention> mentions, ActorMention member)
    {
        var group = new List<ActorMention>();
        foreach (var m in mentions)
        {
            if (m.Group == member.Group && m.Codes.Count > 0)
            {
                group.Add(m);
            }
        }

        return group;
    }

    /// <summary>
    /// The subject: the nearest mention before the verb, walking back word by word. A subordinating word
    /// ("after crowds burned …") ends the walk: that verb's subject is in its own clause, not an actor.
    /// A mention introduced by a preposition ("in remarks to X") is passed over when an earlier one exists.
    /// </summary>
    private static ActorMention? Before(List<ActorMention> mentions, int verbStart, int first, string text, IReadOnlyList<Token> tokens)
    {
        int k = mentions.Count - 1;
        for (int i = verbStart - 1; i >= first; i--)
        {
            while (k >= 0 && mentions[k].Start > i)
            {
                k--;
            }

            if (k >= 0 && mentions[k].End > i)
            {
                var m = mentions[k];
                i = m.Start;
                if (m.Codes.Count == 0)
                {
                    continue;
                }

                if (AfterPreposition(text, tokens, first, m.Start) && HasEarlierMention(mentions, k))
                {
                    continue;
                }

                return FirstOfGroup(mentions, m);
            }

            var word = Words.At(text, tokens, i);
            if (Words.IsSubordinator(word))
            {
                return null;
            }

            // "agree that X …": after a verb, "that" opens a clause of its own (after a noun it is relative).
            if (Words.Is(word, "that") && i > first && IsVerbLike(text, tokens, i - 1))
            {
                return null;
            }
        }

        return null;
    }

    private static ActorMention? MentionEndingAt(List<ActorMention> mentions, int end)
    {
        foreach (var m in mentions)
        {
            if (m.End == end && m.Codes.Count > 0)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "… was emphasised by General Kochavi, when addressing the committee", "Turkey warned Syria while
    /// visiting Iraq": a participle clause after "when" or "while" has the doer of the clause it hangs on,
    /// the "by" agent of a passive, else the sentence's first actor. ("after leaving X" is left uncoded, as
    /// PETRARCH's records expect.)
    /// </summary>
    private static ActorMention? ParticipleSubject(List<ActorMention> mentions, int first, int verbStart, string text, IReadOnlyList<Token> tokens)
    {
        if (verbStart <= first || !Words.At(text, tokens, verbStart).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !Words.IsAny(Words.At(text, tokens, verbStart - 1), ["when", "while"]))
        {
            return null;
        }

        ActorMention? firstActor = null;
        foreach (var m in mentions)
        {
            if (m.End > verbStart - 1 || m.Codes.Count == 0)
            {
                continue;
            }

            if (AfterBy(text, tokens, m))
            {
                return FirstOfGroup(mentions, m);
            }

            firstActor ??= m;
        }

        return firstActor is null ? null : FirstOfGroup(mentions, firstActor);
    }

    /// <summary>True when a preposition stands before the phrase, lower-case modifiers allowed between ("in south Ithilen").</summary>
    private static bool AfterPreposition(string text, IReadOnlyList<Token> tokens, int first, int start)
    {
        for (int i = start - 1; i >= first && i >= start - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (IsPreposition(w))
            {
                return true;
            }

            if (!Words.IsModifierLike(w) || char.IsUpper(w[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasEarlierMention(List<ActorMention> mentions, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (mentions[j].Codes.Count > 0 && mentions[j].Group != mentions[k].Group)
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention FirstOfGroup(List<ActorMention> mentions, ActorMention m)
    {
        foreach (var x in mentions)
        {
            if (x.Group == m.Group)
            {
                return x;
            }
        }

        return m;
    }

    /// <summary>The object: the first mention after the verb; in the passive, the "by" agent when there is one.</summary>
    /// <param name="skipPlaces">
    /// Pass over phrases after "in", "at" or "near": they say where, not to whom ("clashing in Damascus").
    /// PETRARCH validation keeps them, as PETRARCH does; the annotator reports them as the location.
    /// </param>
    private static ActorMention? After(List<ActorMention> mentions, int verbEnd, int end, string text, IReadOnlyList<Token> tokens, bool preferBy, bool skipPlaces = false)
    {
        ActorMention? firstAfter = null;
        foreach (var m in mentions)
        {
            if (m.Start < verbEnd || m.Codes.Count == 0)
            {
                continue;
            }

            if (IntervenesClause(text, tokens, verbEnd, m.Start) || StartsNewClause(text, tokens, verbEnd, m, end))
            {
                break;
            }

            if (preferBy && m.Start > 0 && Words.Is(Words.At(text, tokens, m.Start - 1), "by"))
            {
                return m;
            }

            if (skipPlaces && IsPlacePhrase(text, tokens, m.Start) && !InsideObject(text, tokens, verbEnd, m.Start))
            {
                continue;
            }

            // "continue military aid to Mozambique": a bare role used as a modifier names no one where the
            // phrase goes on to name the other side ("to/for/against/with X"); "condemned the military attacks
            // on civilians" keeps the military.
            if ((IsRoleModifier(m, end, text, tokens) || (!preferBy && IsSentRole(m, end, text, tokens))) && RecipientAfter(mentions, m, end, text, tokens))
            {
                continue;
            }

            firstAfter ??= m;
            if (!preferBy)
            {
                break;
            }
        }

        return firstAfter;
    }

    /// <summary>
    /// The actor of the noun phrase right before "which"/"that"/"whom" when the subject follows that
    /// word directly (determiners and possessors allowed): "[the stockpile of Syria] which [X] described".
    /// </summary>
    private static ActorMention? ObjectRelativeAntecedent(List<ActorMention> mentions, ActorMention subject, int first, string text, IReadOnlyList<Token> tokens)
    {
        // Back over the subject's own phrase ("Israel's deputy chief of the general staff, General Naveh").
        var lead = FirstOfGroup(mentions, subject);
        int r = lead.Start - 1;
        while (r > first && r >= lead.Start - 12)
        {
            var w = Words.At(text, tokens, r);
            if (Words.IsAny(w, ["which", "that", "whom"]) || !(Words.IsModifierLike(w) || Words.IsDeterminer(w) || Words.IsPossessive(w) || Words.Is(w, "of") || w is ",") || (Words.IsBe(w) && !Words.IsPossessive(w)))
            {
                break;
            }

            r--;
        }

        if (r <= first || !Words.IsAny(Words.At(text, tokens, r), ["which", "that", "whom"]))
        {
            return null;
        }

        // "the army of Syria, which Turkey attacked": a comma may close the antecedent.
        if (Words.At(text, tokens, r - 1) is ",")
        {
            r--;
        }

        // Walk back through the noun phrase: nouns, modifiers, "of", possessives; a verb or punctuation ends it.
        for (int i = r - 1; i >= first && i >= r - 8; i--)
        {
            foreach (var m in mentions)
            {
                if (m.End == i + 1 && m.Codes.Count > 0)
                {
                    return m;
                }
            }

            var w = Words.At(text, tokens, i);
            if (!(Words.IsModifierLike(w) || Words.IsDeterminer(w) || Words.IsPossessive(w) || Words.Is(w, "of")) || (Words.IsBe(w) && !Words.IsPossessive(w)) || w.EndsWith("ed", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private static bool AfterBy(string text, IReadOnlyList<Token> tokens, ActorMention m) =>
        m.Start > 0 && Words.Is(Words.At(text, tokens, m.Start - 1), "by");

    /// <summary>The phrase follows "against", "on", "at" or "into", determiners between allowed.</summary>
    private static bool IsTargetPhrase(string text, IReadOnlyList<Token> tokens, int start)
    {
        int i = start - 1;
        while (i >= 0 && Words.IsDeterminer(Words.At(text, tokens, i)))
        {
            i--;
        }

        return i >= 0 && Words.IsAny(Words.At(text, tokens, i), ["against", "on", "at", "into", "upon"]);
    }

    private static ActorMention? TargetPhraseAfter(List<ActorMention> mentions, int verbEnd, int end, string text, IReadOnlyList<Token> tokens)
    {
        foreach (var m in mentions)
        {
            if (m.Start < verbEnd || m.Codes.Count == 0)
            {
                continue;
            }

            if (m.Start >= end || IntervenesClause(text, tokens, verbEnd, m.Start))
            {
                return null;
            }

            if (IsTargetPhrase(text, tokens, m.Start))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A mention of a role alone ("military", "civilian") right before a lower-case noun ("military aid",
    /// "civilian personnel"): it modifies the noun rather than naming an actor. Verb forms after it
    /// ("soldiers guarding", "troops killed") keep it as the actor.
    /// </summary>
    private static bool IsRoleModifier(ActorMention m, int end, string text, IReadOnlyList<Token> tokens)
    {
        if (!m.Codes.TrueForAll(c => c.StartsWith("---", StringComparison.Ordinal)) || m.End >= end)
        {
            return false;
        }

        var next = Words.At(text, tokens, m.End);
        return Words.IsModifierLike(next) && char.IsLower(next[0]) && !IsPreposition(next)
            && !Words.IsAny(next, ["near", "during", "after", "inside", "outside", "across", "throughout", "under", "across", "who", "whose", "as", "here", "there", "today", "yesterday"])
            && !next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !next.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "sent troops to Bosnia", "mobilised reservists for a war against Iraq": a role with no country right before
    /// "to"/"for" is what is sent or readied, not the other side, when the phrase goes on to name one.
    /// </summary>
    private static bool IsSentRole(ActorMention m, int end, string text, IReadOnlyList<Token> tokens)
    {
        if (m.End + 1 >= end || !m.Codes.TrueForAll(c => c.StartsWith("---", StringComparison.Ordinal)) || !Words.IsAny(Words.At(text, tokens, m.End), ["to", "for"]))
        {
            return false;
        }

        // "urged the troops to support X": "to" before a verb is the infinitive, and the role is the one urged.
        var next = Words.At(text, tokens, m.End + 1);
        return Words.IsDeterminer(next) || char.IsUpper(next[0]) || char.IsDigit(next[0]);
    }

    /// <summary>A later actor in the clause with a country or organisation code, introduced by "to", "for", "against", "with", "from" or "into".</summary>
    private static bool RecipientAfter(List<ActorMention> mentions, ActorMention m, int end, string text, IReadOnlyList<Token> tokens)
    {
        foreach (var c in mentions)
        {
            if (c.Start < m.End || c.Codes.Count == 0 || c.Codes.TrueForAll(x => x.StartsWith("---", StringComparison.Ordinal)))
            {
                continue;
            }

            if (IntervenesClause(text, tokens, m.End, c.Start))
            {
                return false;
            }

            for (int i = c.Start - 1; i >= m.End && i >= c.Start - 3; i--)
            {
                var w = Words.At(text, tokens, i);
                if (Words.IsAny(w, ["to", "for", "against", "with", "from", "into", "toward", "towards"]))
                {
                    return true;
                }

                if (!Words.IsDeterminer(w) && !(Words.IsModifierLike(w) && char.IsLower(w[0])))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool IsPlacePhrase(string text, IReadOnlyList<Token> tokens, int start)
    {
        bool passedOf = false;
        for (int i = start - 1; i >= 0 && i >= start - 5; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, ["in", "at", "near", "inside", "outside", "across", "throughout"]))
            {
                return true;
            }

            // "in several neighbourhoods of Damascus": a place inside a place phrase is still where.
            if (Words.Is(w, "of") && !passedOf)
            {
                passedOf = true;
                continue;
            }

            if (!Words.IsDeterminer(w) && !(Words.IsModifierLike(w) && char.IsLower(w[0])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "called for a transition in Syria": the place phrase belongs to a noun after the verb (a noun
    /// stands before its preposition), so it names the object's place, which PETRARCH takes as target;
    /// "clashing in Damascus" attaches to the verb and only says where.
    /// </summary>
    private static bool InsideObject(string text, IReadOnlyList<Token> tokens, int verbEnd, int mentionStart)
    {
        int prep = mentionStart - 1;
        while (prep > verbEnd && !Words.IsAny(Words.At(text, tokens, prep), ["in", "at", "near", "inside", "outside", "across", "throughout"]))
        {
            prep--;
        }

        // "torture centres throughout the country": a phrase of extent says where, never whom.
        if (prep > verbEnd && Words.IsAny(Words.At(text, tokens, prep), ["across", "throughout"]))
        {
            return false;
        }

        for (int i = verbEnd; i < prep; i++)
        {
            var w = Words.At(text, tokens, i);
            if (!Words.IsAdverb(w) && !Words.IsAny(w, ["for", "to", "up", "out", "back", "down", "off"]) && char.IsLower(w[0]) && !Words.IsDeterminer(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… are clashing in Damascus and three officials died …": a phrase after "and"/"but" that a verb
    /// follows is the subject of a new clause, not the object of this one.
    /// </summary>
    private static bool StartsNewClause(string text, IReadOnlyList<Token> tokens, int from, ActorMention m, int end)
    {
        if (m.End >= end)
        {
            return false;
        }

        bool coordinated = false;
        for (int i = from; i < m.Start; i++)
        {
            if (Words.IsAny(Words.At(text, tokens, i), ["and", "but", "while", "whereas"]))
            {
                coordinated = true;

                // "called for a transition in Syria and condemned the military": a second verb phrase.
                var verb = i + 1 < m.Start ? Words.At(text, tokens, i + 1) : default;
                if (verb.Length > 4 && char.IsLower(verb[0]) && verb.EndsWith("ed", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        if (!coordinated)
        {
            return false;
        }

        return ActorMentionFinder.OpensVerbPhrase(Words.At(text, tokens, m.End));
    }

    /// <summary>True when a sentence-internal break (a new clause after a comma and a verb of saying) lies between.</summary>
    private static bool IntervenesClause(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            if (w is ";" or ":" or "," or "–" or "—" or "--")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreposition(ReadOnlySpan<char> w) =>
        Words.IsAny(w, ["in", "to", "with", "of", "for", "on", "at", "against", "from", "into", "about", "over", "by", "between", "among"]);

    /// <summary>A noun reads as an event where a determiner, possessive, modifier or actor stands before it, or "of"/"on"/"against"/"by" after it.</summary>
    private static bool InNounContext(SentenceContext s, int v)
    {
        if (v > s.First)
        {
            var previous = Words.At(s.Text, s.Tokens, v - 1);
            if (Words.IsDeterminer(previous) || Words.IsPossessive(previous) || InsideMention(s.Mentions, v - 1) || (Words.IsModifierLike(previous) && char.IsLower(previous[0])))
            {
                return true;
            }
        }

        return v + 1 < s.End && Words.IsAny(Words.At(s.Text, s.Tokens, v + 1), ["of", "on", "against", "by"]);
    }

    private static bool IsVerbLike(string text, IReadOnlyList<Token> tokens, int i)
    {
        var w = Words.At(text, tokens, i);
        return Words.IsBe(w) || TakesClause(w);
    }

    /// <summary>Verbs of saying, believing and agreeing: their object is often a clause with a subject of its own.</summary>
    internal static bool TakesClause(ReadOnlySpan<char> w) => Words.IsAny(w, ClauseVerbs);

    private static readonly string[] ClauseVerbs =
    ["said", "says", "say", "agree", "agreed", "agrees", "believe", "believes", "believed", "indicated", "announced", "warned", "stated", "added", "noted", "claimed", "reported", "hope", "hopes", "fear", "fears", "feared", "expects", "expected", "insisted", "argued", "denied", "confirmed", "thinks", "think", "thought", "knows", "knew", "suggested", "acknowledged", "admitted", "declared"];

    private static bool InsideMention(List<ActorMention> mentions, int i)
    {
        foreach (var m in mentions)
        {
            if (i >= m.Start && i < m.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Palestinians reject …": a base verb form right after a plural actor phrase agrees with it as its
    /// verb; a noun there would need the actor as a modifier, which a plural is not ("the Gondor attack").
    /// </summary>
    private static bool AfterPluralSubject(SentenceContext s, int v)
    {
        var w = Words.At(s.Text, s.Tokens, v);
        if (v == s.First || w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (MentionEndingAt(s.Mentions, v) is null)
        {
            return false;
        }

        var last = Words.At(s.Text, s.Tokens, v - 1);
        return last.Length > 3 && last.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !last.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !last.EndsWith("'s", StringComparison.Ordinal);
    }

    /// <summary>
    /// Without a tagger, a verb form is read as a noun after a determiner, possibly with lower-case
    /// modifiers between ("an attack", "a brief private visit"), and as an adjective after an
    /// intensifier ("very close"). Past forms in -ed are kept as verbs.
    /// </summary>
    private static bool LooksLikeNoun(string text, IReadOnlyList<Token> tokens, int first, int v)
    {
        if (v == first)
        {
            return false;
        }

        var previous = Words.At(text, tokens, v - 1);
        if (Words.IsIntensifier(previous))
        {
            return true;
        }

        if (Words.At(text, tokens, v).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool namesBetween = false;
        for (int i = v - 1; i >= first && i >= v - 4; i--)
        {
            var w = Words.At(text, tokens, i);
            // "under house arrest", "during fighting": a preposition other than "to" right before the word or
            // its one modifier opens a noun phrase (not "police in Chile beat …": a name ends the phrase).
            if ((Words.IsDeterminer(w) && !Words.Is(w, "that")) || (Words.IsAny(w, NounPrepositions) && !namesBetween && i >= v - 2))
            {
                return true;
            }

            namesBetween |= char.IsUpper(w[0]);

            // Modifiers may be names too: "an anti- Gondor parade".
            if (!Words.IsModifierLike(w) && !w.EndsWith("-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "sites where mustard gas is stored": where the tagger reads the word as a noun after a lower-case noun
    /// or adjective, it heads a compound, whatever wh-word or verb opens the phrase.
    /// </summary>
    private static bool TaggedCompoundNoun(SentenceContext s, int v) =>
        s.Syntax is { } parse && v > s.First && parse.Upos[v] == "NOUN" && parse.Upos[v - 1] is "NOUN" or "ADJ"
        && char.IsLower(s.Text[s.Tokens[v - 1].Start]) && !InsideMention(s.Mentions, v - 1);

    /// <summary>
    /// "the weapons fell into …", "these weapons falling into …": a verb the tagger reads as one after a plural
    /// noun is that noun's verb; the word-order test alone would read it as a noun after "the weapons".
    /// </summary>
    private static bool TaggedVerbAfterPlural(SentenceContext s, int v) =>
        s.Syntax is { } parse && v > s.First && parse.Upos[v] == "VERB" && parse.Xpos[v] is "VBD" or "VBG" or "VBZ" or "VBP" && parse.Xpos[v - 1] == "NNS";

    /// <summary>
    /// "the record of the Assad regime – massacres, crimes against humanity, the bombardment of …": an event
    /// noun in a list after a dash or colon belongs to the actor of the phrase the list spells out (an "of"
    /// or possessive actor just before the dash).
    /// </summary>
    private static ActorMention? ListHead(List<ActorMention> mentions, int first, int v, string text, IReadOnlyList<Token> tokens)
    {
        int dash = -1;
        for (int i = v - 1; i >= first && i >= v - 20; i--)
        {
            var w = Words.At(text, tokens, i);
            if (w is "–" or "—" or ":" || (w is "-" && i > first && char.IsWhiteSpace(text[tokens[i].Start - 1])))
            {
                dash = i;
                break;
            }

            if (w is ";" || Words.IsSubordinator(w) || Words.IsBe(w) || Words.IsAuxiliary(w))
            {
                return null;
            }
        }

        for (int k = mentions.Count - 1; dash > first && k >= 0; k--)
        {
            var m = mentions[k];
            if (m.End > dash || m.End < dash - 6 || m.Codes.Count == 0)
            {
                continue;
            }

            bool of = m.Start > first && Words.Is(Words.At(text, tokens, m.Start - 1), "of")
                || m.Start > first + 1 && Words.Is(Words.At(text, tokens, m.Start - 2), "of") && Words.IsDeterminer(Words.At(text, tokens, m.Start - 1));
            bool possessive = m.End < dash && Words.IsPossessive(Words.At(text, tokens, m.End));
            return of || possessive ? m : null;
        }

        return null;
    }

    /// <summary>A capitalised word inside the sentence next to another capitalised word: part of a name.</summary>
    private static bool InsideName(string text, IReadOnlyList<Token> tokens, int first, int end, int v)
    {
        if (v == first || !char.IsUpper(text[tokens[v].Start]) || Words.IsAllCaps(Words.At(text, tokens, v)))
        {
            return false;
        }

        bool before = v - 1 > first && char.IsUpper(text[tokens[v - 1].Start]);
        bool after = v + 1 < end && char.IsUpper(text[tokens[v + 1].Start]);
        return before || after;
    }

    /// <summary>
    /// "detention centres", "arrest warrant", "attack helicopters", "offensive capacity": an event noun that
    /// modifies a following noun (or is read as an adjective before it) names a kind of thing, not an event, unless that noun is an event or a run of events ("bombing campaign").
    /// </summary>
    private bool ModifiesAThing(SentenceContext s, int v)
    {
        if (s.Syntax is { } tags && tags.Upos[v] == "ADJ" && v + 1 < s.End && tags.Upos[v + 1] is "ADJ" or "NOUN")
        {
            return true;
        }

        if (s.Syntax is not { } parse || v + 1 >= s.End || parse.Deprel[v] is not ("compound" or "amod") || parse.Upos[v + 1] != "NOUN")
        {
            return false;
        }

        var next = Words.At(s.Text, s.Tokens, v + 1);
        return char.IsLower(next[0]) && Dictionaries.Nouns.Lookup(next).Count == 0 && !Words.IsAny(next, EventRuns);
    }

    private static readonly string[] EventRuns = ["campaign", "campaigns", "spree", "wave", "waves", "series", "operation", "operations"];

    /// <summary>The token of "under" before the event noun at <paramref name="v"/> (lower-case modifiers between), or -1.</summary>
    private static int UnderBefore(string text, IReadOnlyList<Token> tokens, int first, int v)
    {
        for (int i = v - 1; i >= first && i >= v - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.Is(w, "under"))
            {
                return i;
            }

            if (!(Words.IsModifierLike(w) && char.IsLower(w[0])))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly string[] NounPrepositions = ["under", "during", "amid", "despite", "without"];

    /// <summary>Passive: a form of "be" (or "got") before a past participle, adverbs and "not" allowed between.</summary>
    private static bool IsPassive(string text, IReadOnlyList<Token> tokens, int first, int verbStart, int v)
    {
        if (Words.At(text, tokens, v).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = verbStart - 1, seen = 0; i >= first && seen < 3; i--, seen++)
        {
            var w = Words.At(text, tokens, i);
            if ((Words.IsBe(w) && !Words.IsPossessive(w)) || Words.Is(w, "got"))
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

    /// <summary>A multi-word verb ("call off") needs its other words around the verb word.</summary>
    private static bool MultiWordMatches(string text, IReadOnlyList<Token> tokens, int first, int end, int v, VerbEntry entry, out int verbStart, out int verbEnd)
    {
        verbStart = v;
        verbEnd = v + 1;
        int before = entry.WordsBefore.Count;
        if (v - before < first)
        {
            return false;
        }

        for (int k = 0; k < before; k++)
        {
            if (!Words.Is(Words.At(text, tokens, v - before + k), entry.WordsBefore[k]))
            {
                return false;
            }
        }

        verbStart = v - before;
        int pos = v + 1;
        foreach (var word in entry.WordsAfter)
        {
            // A particle may follow a short object: "called the strike off" is rare; allow one word between.
            if (pos < end && Words.Is(Words.At(text, tokens, pos), word))
            {
                pos++;
            }
            else if (pos + 1 < end && Words.Is(Words.At(text, tokens, pos + 1), word))
            {
                pos += 2;
            }
            else
            {
                return false;
            }
        }

        verbEnd = pos;
        return true;
    }
}
