using Dukaan.Web.Hosting;
using Dukaan.Web.Identity;
using Dukaan.Web.Photos;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dukaan.Web.Sellers;

/// <summary>The seller's home: the shop link to share and the product list, newest first.</summary>
public sealed partial class DashboardPage
{
    private SellerShop? _shop;
    private string _link = "";
    private List<ProductRow> _products = [];
    private Guid _sellerId;

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private ProductDesk Desk { get; set; } = default!;

    [Inject]
    private PhotoUrls PhotoUrls { get; set; } = default!;

    [Inject]
    private IOptions<DukaanOptions> Options { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        if (state.User.SellerId() is not { } sellerId)
        {
            return;
        }

        _sellerId = sellerId;
        var shop = await Desk.FindShopAsync(sellerId, CancellationToken.None);
        if (shop is null)
        {
            Navigation.NavigateTo("/seller/new-shop", forceLoad: true);
            return;
        }

        _link = ShopLink.For(Options.Value.PublicBaseUrl, Navigation.BaseUri, shop.Slug);
        _products = [.. await Desk.ListAsync(sellerId, CancellationToken.None)];
        _shop = shop;
    }

    private async Task SetSoldOutAsync(ProductRow product, bool soldOut)
    {
        if (!await Desk.SetSoldOutAsync(_sellerId, product.Id, soldOut, CancellationToken.None))
        {
            await ReloadAsync("This product is no longer in your shop.");
            return;
        }

        Replace(product, product with { SoldOut = soldOut });
    }

    private async Task DeleteAsync(ProductRow product)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete product?",
            $"“{product.Name}” will be removed from your shop. This cannot be undone.",
            yesText: "Delete",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await Desk.DeleteAsync(_sellerId, product.Id, CancellationToken.None))
        {
            _products.Remove(product);
            Snackbar.Add("Product deleted.", Severity.Success);
            return;
        }

        await ReloadAsync("This product was already gone.");
    }

    private void Replace(ProductRow old, ProductRow updated)
    {
        var index = _products.IndexOf(old);
        if (index >= 0)
        {
            _products[index] = updated;
        }
    }

    private async Task ReloadAsync(string message)
    {
        Snackbar.Add(message, Severity.Warning);
        _products = [.. await Desk.ListAsync(_sellerId, CancellationToken.None)];
    }
}
