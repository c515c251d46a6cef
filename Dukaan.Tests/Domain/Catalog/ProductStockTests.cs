using Dukaan.Domain.Catalog;

namespace Dukaan.Tests.Domain.Catalog;

public sealed class ProductStockTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(3, false, true)]
    [InlineData(0, false, false)]
    [InlineData(null, true, false)]
    public void CanBeOrdered_StockAndSoldOutFlag_Decide(int? stock, bool markedSoldOut, bool expected)
    {
        var product = new Product(Guid.NewGuid(), "Salt", Money.FromRupees(28), Now);
        product.SetStock(stock, Now);
        product.MarkSoldOut(markedSoldOut, Now);

        Assert.Equal(expected, product.CanBeOrdered);
    }

    [Fact]
    public void SetStock_Negative_Throws()
    {
        var product = new Product(Guid.NewGuid(), "Salt", Money.FromRupees(28), Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => product.SetStock(-1, Now));
        Assert.Null(product.Stock);
    }
}
