using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;

namespace Dukaan.Tests.Domain.Shops;

public sealed class ShopOrderSettingsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void NewShop_TakesCashOnlyAndNumbersFrom1001()
    {
        var shop = new Shop(Guid.NewGuid(), "Ram Kirana", "ram-kirana", Now);

        Assert.True(shop.Accepts(PaymentMethod.CashOnDelivery));
        Assert.False(shop.Accepts(PaymentMethod.Upi));
        Assert.Equal(Shop.FirstOrderNumber - 1, shop.LastOrderNumber);
        Assert.Equal(DeliveryPolicy.Free, shop.Delivery);
    }

    [Fact]
    public void SetOrderSettings_UpiAndDelivery_Stored()
    {
        var shop = new Shop(Guid.NewGuid(), "Ram Kirana", "ram-kirana", Now);
        UpiId.TryParse("RamKirana@okhdfc", out var upi, out _);
        var delivery = new DeliveryPolicy(Money.FromRupees(40), Money.FromRupees(500));

        shop.SetOrderSettings(false, upi, delivery, true, Now);

        Assert.False(shop.Accepts(PaymentMethod.CashOnDelivery));
        Assert.True(shop.Accepts(PaymentMethod.Upi));
        Assert.Equal("ramkirana@okhdfc", shop.UpiId);
        Assert.Equal(delivery, shop.Delivery);
        Assert.True(shop.AutoAccept);
    }

    [Fact]
    public void SetOrderSettings_NoWayToPay_Throws()
    {
        var shop = new Shop(Guid.NewGuid(), "Ram Kirana", "ram-kirana", Now);

        Assert.Throws<ArgumentException>(() => shop.SetOrderSettings(false, null, DeliveryPolicy.Free, false, Now));
        Assert.True(shop.AcceptsCashOnDelivery);
    }
}
