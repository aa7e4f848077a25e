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
            "06" => three switch { "061" => "1211", "062" => "1212", "063" => "1213", "064" => "1214", _ => "121" },
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

    /// <summary>"X urged Y to VERB": CAMEO 02x by what is asked for (see <see cref="Demand"/>).</summary>
    public static string Appeal(string code) => Directive(code, '2');

    /// <summary>
    /// "X demanded that Y VERB", "X said Y must VERB": CAMEO 10x by what is demanded — material cooperation
    /// (101x), diplomatic support (102), aid (103x), political reform (104x), yielding (105x), a meeting (106),
    /// settling the dispute (107), mediation (108); anything else is a demand not specified (100).
    /// </summary>
    public static string Demand(string code) => Directive(code, '1');

    /// <summary>02x and 10x list the same requests in the same order: only the root differs.</summary>
    private static string Directive(string code, char root)
    {
        string r = root == '2' ? "02" : "10";
        if (code.Length < 2)
        {
            return r + "0";
        }

        char sub = code.Length >= 4 && code[3] is >= '1' and <= '6' ? code[3] : '\0';
        string three = code.Length >= 3 ? code[..3] : code[..2] + "0";
        string Sub(string head) => sub == '\0' ? head : head + sub;
        return code[..2] switch
        {
            "04" => three is "045" ? r + "8" : r + "6",
            "05" => three is "057" ? r + "7" : r + "2",
            "06" => three is "061" or "062" or "063" or "064" ? r + "1" + three[2] : r + "1",
            "07" => three is "071" or "072" or "073" or "074" ? r + "3" + three[2] : r + "3",
            "08" => three switch
            {
                "081" => r + "51",
                "082" => r + "52",
                "083" => Sub(r + "4"),
                "084" => r + "53",
                "085" => r + "54",
                "086" => r + "55",
                "087" => r + "56",
                _ => r + "5",
            },
            _ => r + "0",
        };
    }

    /// <summary>
    /// "X ended / lifted / suspended Y": ending cooperation reduces relations (talks 164, mediation 165, aid
    /// 162x, cooperation 161), ending a restriction yields (curfew 0813, state of emergency 0814, other
    /// administrative sanctions 081x, sanctions 085, blockade 0872). Null where ending it is no event CAMEO codes.
    /// </summary>
    public static string? Reversal(string code)
    {
        if (code.Length < 2)
        {
            return null;
        }

        string three = code.Length >= 3 ? code[..3] : code[..2] + "0";
        return code[..2] switch
        {
            "04" => three == "045" ? "165" : "164",
            "05" or "06" => "161",
            "07" => three switch { "071" => "1621", "072" => "1622", "073" => "1623", _ => "162" },
            "16" => three == "163" ? "085" : null,
            "17" => three == "172" ? code.Length == 4 && code[3] is >= '1' and <= '4' ? "081" + code[3] : "081" : null,
            "19" => three == "191" ? "0872" : null,
            _ => null,
        };
    }
}
