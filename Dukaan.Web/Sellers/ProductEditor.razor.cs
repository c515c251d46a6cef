using Dukaan.Domain.Catalog;
using Dukaan.Domain.Photos;
using Dukaan.Web.Identity;
using Dukaan.Web.Photos;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Dukaan.Web.Sellers;

/// <summary>
/// The add and edit form. What the seller typed is kept through a dropped connection ([PersistentState])
/// and through a refused photo (nothing is cleared until the product is saved).
/// </summary>
public sealed partial class ProductEditor
{
    private IBrowserFile? _photo;
    private string? _currentPhotoUrl;
    private string? _nameError;
    private string? _priceError;
    private string? _stockError;
    private string? _photoError;
    private bool _saving;

    // A chosen photo that was refused before upload (too large): saving waits for a new choice or a clear "no".
    private bool _photoBlocksSaving;
    private bool _notFound;
    private Guid? _sellerId;

    /// <summary>The product to edit; null adds a new one.</summary>
    [Parameter]
    public Guid? ProductId { get; set; }

    [PersistentState]
    public string? Name { get; set; }

    [PersistentState]
    public string? Price { get; set; }

    /// <summary>Empty when the shop does not count this product's stock.</summary>
    [PersistentState]
    public string? Stock { get; set; }

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private ProductDesk Desk { get; set; } = default!;

    [Inject]
    private IPhotoPipeline Photos { get; set; } = default!;

    [Inject]
    private PhotoUrls PhotoUrls { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        _sellerId = state.User.SellerId();
        if (_sellerId is null || ProductId is not { } productId)
        {
            return;
        }

        var product = await Desk.FindAsync(_sellerId.Value, productId, CancellationToken.None);
        if (product is null)
        {
            _notFound = true;
            return;
        }

        // Restored values (a resumed circuit) win over the stored ones: they are what the seller typed.
        Name ??= product.Name;
        // Shown as the storefront shows it, without the sign the field already carries: 1,299.50.
        Price ??= product.Price.ToString().TrimStart('₹');
        Stock ??= product.Stock?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _currentPhotoUrl = product.PhotoHash is null ? null : PhotoUrls.For(product.PhotoHash, PhotoSize.Square);
    }

    private void OnPhotoChosen(InputFileChangeEventArgs e)
    {
        _photo = null;
        _photoError = null;
        _photoBlocksSaving = false;
        var file = e.File;
        if (file.Size > PhotoLimits.MaxUploadBytes)
        {
            _photoError = $"This photo is {Megabytes(file.Size)} MB; the most we take is "
                + $"{Megabytes(PhotoLimits.MaxUploadBytes)} MB. Choose a smaller photo.";
            _photoBlocksSaving = true;
            return;
        }

        _photo = file;
    }

    private void SaveWithoutPhoto()
    {
        _photoBlocksSaving = false;
        _photoError = null;
    }

    private async Task SaveAsync()
    {
        if (_saving || _sellerId is not { } sellerId || _photoBlocksSaving)
        {
            return;
        }

        var nameOk = ProductFields.TryReadName(Name, out var name, out var nameError);
        var priceOk = PriceInput.TryParse(Price, out var price, out var priceError);
        var stockOk = ProductFields.TryReadStock(Stock, out var stock, out var stockError);
        _nameError = nameOk ? null : nameError;
        _priceError = priceOk ? null : priceError;
        _stockError = stockOk ? null : stockError;
        if (!nameOk || !priceOk || !stockOk)
        {
            return;
        }

        _saving = true;
        try
        {
            await StoreAsync(sellerId, name, price, stock);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task StoreAsync(Guid sellerId, string name, Money price, int? stock)
    {
        string? photoHash = null;
        if (_photo is not null)
        {
            var photo = await StorePhotoAsync(_photo);
            if (!photo.Succeeded)
            {
                _photoError = photo.Error;
                return;
            }

            photoHash = photo.Hash;
        }

        var saved = ProductId is { } productId
            ? await Desk.UpdateAsync(sellerId, productId, name, price, photoHash, stock, CancellationToken.None)
            : await Desk.AddAsync(sellerId, name, price, photoHash, stock, CancellationToken.None) is not null;
        if (!saved && ProductId is null)
        {
            // No shop yet: the shop form is a static page.
            Navigation.NavigateTo("/seller/new-shop", forceLoad: true);
            return;
        }

        if (!saved)
        {
            _notFound = true;
            return;
        }

        Snackbar.Add("Product saved.", Severity.Success);
        Navigation.NavigateTo("/seller");
    }

    private async Task<PhotoResult> StorePhotoAsync(IBrowserFile file)
    {
        try
        {
            await using var upload = file.OpenReadStream(PhotoLimits.MaxUploadBytes);
            return await Photos.StoreAsync(upload, CancellationToken.None);
        }
        catch (IOException)
        {
            // The phone stopped sending (a dropped connection) or the file grew past the limit.
            return PhotoResult.Refused("The photo did not arrive completely. Please choose it again and save.");
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
