using Bunit;
using Dukaan.Domain.Catalog;
using Dukaan.Tests.Support;
using Dukaan.Web.Sellers.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Sellers.Settings;

public sealed class SettingsPageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task Save_UpiOnWithBadId_ShowsMessageAndSavesNothing()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<SettingsPage>();
        cut.Eventually(() => Assert.NotEmpty(cut.FindAll("form")));

        await Switch(cut, "UPI").ChangeAsync(new ChangeEventArgs { Value = true });
        cut.Find("#settings-upi-id").Input("ramkirana");
        cut.Find("#settings-delivery-charge").Input("40");
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("looks like name@bank", cut.Markup, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        var stored = await db.Shops.SingleAsync(s => s.Id == shop.ShopId);
        Assert.Null(stored.UpiId);
        Assert.Equal(0, stored.DeliveryFlatPaise);
        Assert.Empty(_changes.Changes);
    }

    [Fact]
    public async Task Save_NoWayToPay_ShowsMessage()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<SettingsPage>();
        cut.Eventually(() => Assert.NotEmpty(cut.FindAll("form")));

        await Switch(cut, "Cash on delivery").ChangeAsync(new ChangeEventArgs { Value = false });
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains(
            "at least one way to be paid", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.True((await db.Shops.SingleAsync(s => s.Id == shop.ShopId)).AcceptsCashOnDelivery);
    }

    [Fact]
    public async Task Save_AllGood_StoresEverythingAndEvictsStorefront()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<SettingsPage>();
        cut.Eventually(() => Assert.NotEmpty(cut.FindAll("form")));

        await Switch(cut, "UPI").ChangeAsync(new ChangeEventArgs { Value = true });
        cut.Find("#settings-upi-id").Input("ramkirana@okhdfc");
        cut.Find("#settings-delivery-charge").Input("40");
        cut.Find("#settings-free-from").Input("500");
        await Switch(cut, "Accept new orders automatically").ChangeAsync(new ChangeEventArgs { Value = true });
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("Settings saved.", cut.Markup, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        var stored = await db.Shops.SingleAsync(s => s.Id == shop.ShopId);
        Assert.True(stored.AcceptsCashOnDelivery);
        Assert.Equal("ramkirana@okhdfc", stored.UpiId);
        Assert.Equal(Money.FromRupees(40m), stored.Delivery.Flat);
        Assert.Equal(Money.FromRupees(500m), stored.Delivery.FreeFrom);
        Assert.True(stored.AutoAccept);
        Assert.Equal([(shop.ShopId, shop.Slug)], _changes.Changes);
    }

    [Fact]
    public async Task Open_SavedSettings_AreFilledIn()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using (var db = await database.Writes.CreateDbContextAsync())
        {
            var stored = await db.Shops.SingleAsync(s => s.Id == shop.ShopId);
            Dukaan.Domain.Ordering.UpiId.TryParse("meena@ybl", out var upi, out _);
            stored.SetOrderSettings(false, upi, new(Money.FromRupees(25m), null), false, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<SettingsPage>();

        cut.Eventually(() => Assert.Equal("meena@ybl", cut.Find("#settings-upi-id").GetAttribute("value")));
        Assert.Equal("25", cut.Find("#settings-delivery-charge").GetAttribute("value"));
        Assert.Equal("", cut.Find("#settings-free-from").GetAttribute("value") ?? "");
    }

    private static AngleSharp.Dom.IElement Switch(IRenderedComponent<SettingsPage> cut, string label) =>
        cut.FindAll(".mud-switch").Single(s => s.TextContent.Trim() == label).QuerySelector("input")!;
}
