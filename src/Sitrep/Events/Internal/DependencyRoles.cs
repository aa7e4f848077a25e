using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Source and target of a verb from the dependency parse (UD relations): nsubj is the source, obj the
/// target; in the passive nsubj:pass is the target and the "by" phrase (obl:agent or obl with "by") the
/// source. A verb without a subject takes its governor's: a conjunct ("vetoed … and condemned"), an
/// open complement ("agreed to send") or a relative clause ("forces that attacked") take the subject or
/// head noun above them. A mention counts when it contains the dependent token.
/// </summary>
internal static class DependencyRoles
{
    public readonly record struct Roles(ActorMention? Source, ActorMention? Target, bool Passive);

    public static Roles? Find(SyntaxLayer parse, List<ActorMention> mentions, int first, int end, int verb)
    {
        ActorMention? source = null, target = null;
        bool passive = false;
        for (int i = first; i < end; i++)
        {
            if (parse.Head[i] != verb)
            {
                continue;
            }

            string rel = parse.Deprel[i];
            switch (rel)
            {
                case "nsubj":
                    source ??= MentionOf(parse, mentions, first, end, i);
                    break;
                case "nsubj:pass":
                    passive = true;
                    target ??= MentionOf(parse, mentions, first, end, i);
                    break;
                case "obj":
                case "iobj":
                    target ??= MentionOf(parse, mentions, first, end, i);
                    break;
                case "obl:agent":
                    source ??= MentionOf(parse, mentions, first, end, i);
                    break;
                case "obl":
                    if (HasCase(parse, first, end, i, "by"))
                    {
                        source ??= MentionOf(parse, mentions, first, end, i);
                    }
                    else if (HasCase(parse, first, end, i, "against") || HasCase(parse, first, end, i, "on") || HasCase(parse, first, end, i, "with") || HasCase(parse, first, end, i, "to"))
                    {
                        target ??= MentionOf(parse, mentions, first, end, i);
                    }

                    break;
            }
        }

        if (source is null && !passive)
        {
            // Inherit the subject through conj / xcomp / acl:relcl.
            int head = parse.Head[verb];
            string rel = parse.Deprel[verb];
            if (head >= first && head < end)
            {
                if (rel is "conj" or "xcomp")
                {
                    source = Find(parse, mentions, first, end, head)?.Source;
                }
                else if (rel.StartsWith("acl", StringComparison.Ordinal))
                {
                    source = MentionOf(parse, mentions, first, end, head);
                }
            }
        }

        return source is null && target is null ? null : new Roles(source, target, passive);
    }

    private static bool HasCase(SyntaxLayer parse, int first, int end, int noun, string word)
    {
        for (int i = first; i < end; i++)
        {
            if (parse.Head[i] == noun && parse.Deprel[i] == "case" && parse.Lemma.Length > i && string.Equals(parse.Lemma[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor mention containing the token, or one of its conjuncts or compound parts.</summary>
    private static ActorMention? MentionOf(SyntaxLayer parse, List<ActorMention> mentions, int first, int end, int token)
    {
        foreach (var m in mentions)
        {
            if (token >= m.Start && token < m.End && m.Codes.Count > 0)
            {
                return m;
            }
        }

        // The head noun may be a role word outside the mention ("the Syrian army" with "army" an agent
        // in the mention, or "officials of Syria"): look at its dependents.
        for (int i = first; i < end; i++)
        {
            if (parse.Head[i] == token && parse.Deprel[i] is "compound" or "amod" or "nmod" or "nmod:poss" or "appos" or "flat")
            {
                foreach (var m in mentions)
                {
                    if (i >= m.Start && i < m.End && m.Codes.Count > 0)
                    {
                        return m;
                    }
                }
            }
        }

        return null;
    }
}
