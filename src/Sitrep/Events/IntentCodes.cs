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
}
