namespace Sitrep.Actors;

/// <summary>
/// Builds CAMEO actor codes from what the text says about an actor: a country (ISO3) and an agent
/// (GOV, MIL, REB …). "Syrian" + "minister" is SYRGOV; an agent without a country stays an agent; a
/// country without an agent is the country. Pure functions, thread-safe.
/// </summary>
public static class ActorCoder
{
    /// <summary>Agents ranked from most to least telling when a person holds several roles: a general who is defence minister is government.</summary>
    private static readonly string[] AgentPrecedence = ["GOV", "MIL", "SPY", "COP", "LEG", "JUD", "REB", "INS", "OPP", "PTY", "ELI", "REL", "JRN", "MED", "BUS", "EDU", "CVL"];

    /// <summary>Combines a country and an agent into an actor code, or null when both are unknown.</summary>
    public static string? Code(string? countryIso3, string? agent)
    {
        if (string.IsNullOrEmpty(agent))
        {
            return string.IsNullOrEmpty(countryIso3) ? null : countryIso3;
        }

        // International and transnational codes (IGO…, NGO…, IMG…) carry no country prefix.
        if (agent.StartsWith("IGO", StringComparison.Ordinal) || agent.StartsWith("NGO", StringComparison.Ordinal) || agent.StartsWith("IMG", StringComparison.Ordinal))
        {
            return agent;
        }

        return string.IsNullOrEmpty(countryIso3) ? agent : countryIso3 + agent;
    }

    /// <summary>The agent that ranks first (see <see cref="AgentPrecedence"/>), or null.</summary>
    public static string? Strongest(IEnumerable<string?> agents)
    {
        int best = int.MaxValue;
        string? result = null;
        foreach (var agent in agents)
        {
            if (agent is null)
            {
                continue;
            }

            int rank = Array.IndexOf(AgentPrecedence, agent);
            if (rank < 0)
            {
                rank = AgentPrecedence.Length;
            }

            if (rank < best)
            {
                best = rank;
                result = agent;
            }
        }

        return result;
    }

    /// <summary>True when an actor code is only an agent that needs a country in front (PTY, GOV).</summary>
    public static bool IsBareAgent(string code) => code.Length == 3 && Array.IndexOf(AgentPrecedence, code) >= 0;
}
