namespace Sitrep.Events;

/// <summary>
/// CAMEO's rule for stated intentions: "X agreed to send aid" is not aid (073) but the intent to provide
/// humanitarian aid (0333); "X vowed to attack" is a threat of force (138). Maps the code of the intended
/// action to the intent code, or null where CAMEO keeps the action's own code.
/// </summary>
public static class IntentCodes
{
    /// <param name="code">The CAMEO code of the intended action.</param>
    /// <param name="explicitIntent">An intention verb governs it ("agreed to", "vowed to"); false for a bare "will".</param>
    public static string? Of(string code, bool explicitIntent)
    {
        if (code.Length < 2)
        {
            return null;
        }

        return code[..2] switch
        {
            "03" => null,
            "04" => "036",
            "05" => "032",
            "06" => code.Length >= 3 ? code[..3] switch { "061" => "0311", "062" => "0312", "063" => "0313", "064" => "0314", _ => "031" } : "031",
            "07" => code.Length >= 3 ? code[..3] switch { "071" => "0331", "072" => "0332", "073" => "0333", "074" => "0334", _ => "033" } : "033",
            "08" => code.Length >= 3 ? code[..3] switch { "081" => "0351", "082" => "0352", "083" => "034", "084" => "0353", "085" => "0354", "086" => "0355", "087" => "0356", _ => "035" } : "035",
            "16" when explicitIntent => "131",
            "17" when explicitIntent => "137",
            "18" or "19" or "20" when explicitIntent => "138",
            _ => null,
        };
    }

    /// <summary>
    /// "X threatened to VERB": CAMEO 13x by what is threatened — sanctions and cut ties (131x), administrative
    /// sanctions (132x), protest (133), halting talks or mediation (134, 135), expelling (136), repression (137),
    /// force (138x); anything else is a threat not specified (130). Null keeps a code that is already a threat.
    /// </summary>
    public static string? Threat(string code)
    {
        if (code.Length < 2 || code.StartsWith("13", StringComparison.Ordinal))
        {
            return null;
        }

        string three = code.Length >= 3 ? code[..3] : code[..2] + "0";
        return code[..2] switch
        {
            "14" => "133",
            "16" => three switch { "161" => "1313", "162" => "1311", "163" => "1312", "164" => "134", "165" => "135", "166" => "136", _ => "131" },
            "17" => three == "172" ? code.Length == 4 && code[3] is >= '1' and <= '4' ? "132" + code[3] : "132" : "137",
            "18" => "1383",
            "19" => three switch { "191" => "1381", "192" => "1382", _ => "1384" },
            "20" => "1385",
            _ => "130",
        };
    }

    /// <summary>
    /// "X refused to VERB", "X will not VERB": CAMEO 12x by what is refused — comment (011), meeting or
    /// talks (125), mediation (126), an agreement (127), material cooperation (121x), aid (122x), reform (123),
    /// yielding (124x); anything else is a rejection not specified (120).
    /// </summary>
    public static string Refusal(string code)
    {
        if (code.Length < 2)
        {
            return "120";
        }

        string three = code.Length >= 3 ? code[..3] : code[..2] + "0";
        return code[..2] switch
        {
            "01" => "011",
            "04" => three is "045" ? "126" : "125",
            "05" => three is "057" ? "127" : "120",
            "06" => three switch { "061" => "1211", "062" => "1212", _ => "121" },
            "07" => three switch { "071" => "1221", "072" => "1222", "073" => "1223", "074" => "1224", _ => "122" },
            "08" => three switch
            {
                "081" => "1241",
                "082" => "1242",
                "083" => code.Length == 4 && code[3] is >= '1' and <= '4' ? "123" + code[3] : "123",
                "084" => "1243",
                "085" => "1244",
                "086" => "1245",
                "087" => "1246",
                _ => "124",
            },
            "12" => code,
            _ => "120",
        };
    }

    /// <summary>
    /// "X will VERB": CAMEO codes an announced cooperative act as the intent to do it (03x) and an announced
    /// coercive or violent one as a threat (13x); other acts, sanctions among them, keep their own code (null).
    /// </summary>
    public static string? Future(string code)
    {
        if (code.Length < 2)
        {
            return null;
        }

        return code[..2] switch
        {
            "04" or "05" or "06" or "07" or "08" => Of(code, explicitIntent: false),
            // Announced sanctions ("will suspend aid") are the decision itself, not a threat of it.
            "17" or "18" or "19" or "20" => Threat(code),
            _ => null,
        };
    }
}
