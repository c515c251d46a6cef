using Dukaan.Domain.Ordering;
using Dukaan.Web.Checkout;

namespace Dukaan.Tests.Web.Checkout;

public sealed class CartItemsTests
{
    private static readonly Guid Salt = Guid.Parse("0195f3a2-0000-7000-8000-000000000001");
    private static readonly Guid Butter = Guid.Parse("0195f3a2-0000-7000-8000-000000000002");

    [Fact]
    public void Parse_MergesRepeatsSkipsJunkAndClampsCounts()
    {
        var lines = CartItems.Parse([$"{Salt:N}:2,{Butter:N}:500", $"{Salt:N}:3", "junk", $"{Butter:N}:-1", null]);

        Assert.Equal(2, lines.Count);
        Assert.Equal(5, lines.Single(l => l.ProductId == Salt).Quantity);
        Assert.Equal(OrderLimits.MaxQuantity, lines.Single(l => l.ProductId == Butter).Quantity);
    }

    [Fact]
    public void Format_ThenParse_GivesTheSameLines()
    {
        var lines = CartItems.Parse([$"{Salt:N}:2,{Butter:N}:1"]);

        var again = CartItems.Parse([CartItems.Format(lines)]);

        Assert.Equal(lines, again);
    }

    [Fact]
    public void Parse_KeepsAtMostTheLargestOrder()
    {
        var many = string.Join(',',
            Enumerable.Range(0, OrderLimits.MaxLines + 5).Select(_ => $"{Guid.NewGuid():N}:1"));

        Assert.Equal(OrderLimits.MaxLines, CartItems.Parse([many]).Count);
    }
}
