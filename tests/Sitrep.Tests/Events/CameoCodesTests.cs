using Sitrep.Events;

namespace Sitrep.Tests.Events;

public sealed class CameoCodesTests
{
    [Theory]
    [InlineData("1831", "ASSAULT", 4)]
    [InlineData("0874", "RETREAT", 2)]
    [InlineData("129", "REJECT", 3)]
    [InlineData("036", "AGREE", 1)]
    [InlineData("010", "OTHER", 1)]
    public void CodesMapToPloverAndQuadClass(string cameo, string plover, int quad)
    {
        var info = CameoCodes.Find(cameo);

        Assert.NotNull(info);
        Assert.Equal(plover, info.Plover);
        Assert.Equal(quad, info.QuadClass);
    }

    [Fact]
    public void AnUnlistedSubCodeTakesItsParent()
    {
        Assert.Equal(CameoCodes.Find("190")!.Plover, CameoCodes.Find("1999")!.Plover);
        Assert.Null(CameoCodes.Find("99"));
        Assert.Null(CameoCodes.Find(null));
    }
}
