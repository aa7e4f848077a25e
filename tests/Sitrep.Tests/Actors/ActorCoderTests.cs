using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

public sealed class ActorCoderTests
{
    [Theory]
    [InlineData("SYR", "GOV", "SYRGOV")]
    [InlineData("SYR", null, "SYR")]
    [InlineData(null, "MIL", "MIL")]
    [InlineData("SYR", "IGOUNO", "IGOUNO")]
    [InlineData(null, null, null)]
    public void CombinesCountryAndAgent(string? country, string? agent, string? expected) =>
        Assert.Equal(expected, ActorCoder.Code(country, agent));

    [Fact]
    public void GovernmentOutranksMilitaryForAMinisterWhoIsAGeneral() =>
        Assert.Equal("GOV", ActorCoder.Strongest(["MIL", null, "GOV"]));

    [Fact]
    public void BareAgentsNeedACountry()
    {
        Assert.True(ActorCoder.IsBareAgent("PTY"));
        Assert.False(ActorCoder.IsBareAgent("LBNREB"));
    }
}
