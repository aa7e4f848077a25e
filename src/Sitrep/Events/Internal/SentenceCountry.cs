namespace Sitrep.Events.Internal;

/// <summary>
/// The annotator's document focus country for a text of one sentence: a role with no country ("---GOV" for
/// "President Mugabe") takes the country of the sentence when its actor phrases name exactly one.
/// </summary>
internal static class SentenceCountry
{
    public static void FillRoles(List<CodedEvent> events, List<ActorMention> mentions)
    {
        if (SoleCountry(mentions) is not { } country)
        {
            return;
        }

        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            events[i] = e with { SourceCode = WithCountry(e.SourceCode, country), TargetCode = WithCountry(e.TargetCode, country) };
        }
    }

    /// <summary>The one country the sentence's actor phrases belong to, or null when they name none or several.</summary>
    private static string? SoleCountry(List<ActorMention> mentions)
    {
        string? country = null;
        foreach (var m in mentions)
        {
            foreach (var code in m.Codes)
            {
                if (DocumentActors.CountryOf(code) is not { } c)
                {
                    continue;
                }

                if (country is not null && country != c)
                {
                    return null;
                }

                country = c;
            }
        }

        return country;
    }

    private static string? WithCountry(string? code, string country) =>
        code is { Length: > 3 } && code.StartsWith("---", StringComparison.Ordinal) ? country + code[3..] : code;
}
