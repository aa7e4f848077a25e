using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>Killing a leader or official is an assassination (CAMEO 186); killing others keeps the verb's code.</summary>
public sealed class AssassinationTests
{
    private static string Codes(string sentence)
    {
        return SentenceEvents.Cameos(SentenceEvents.BuiltInCoder(), sentence);
    }

    [Theory]
    [InlineData("Chilean rebels killed the deputy police chief of Peru.")]
    [InlineData("Chilean rebels murdered a provincial governor in Peru.")]
    [InlineData("Chilean rebels killed Peru's defence minister on Sunday.")]
    public void KillingALeaderIsAnAssassination(string sentence) => Assert.Equal("186", Codes(sentence));

    [Theory]
    [InlineData("Chilean rebels killed three soldiers from Peru.")]
    [InlineData("Chilean rebels killed the governor's bodyguards in Peru.")]
    public void KillingOthersIsNot(string sentence) => Assert.DoesNotContain("186", Codes(sentence));
}
