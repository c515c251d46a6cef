using Dukaan.Web.Hosting;
using Dukaan.Web.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Dukaan.Web.Sellers;

public static class SellerEndpoints
{
    /// <summary>Seller-only HTTP endpoints: the shop's QR code as a PNG to print for the counter.</summary>
    public static WebApplication MapSellerEndpoints(this WebApplication app)
    {
        app.MapGet("/seller/shop-qr.png", ShopQrAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ShopQrAsync(
        HttpContext http,
        ProductDesk desk,
        IOptions<DukaanOptions> options,
        CancellationToken cancellationToken)
    {
        if (http.User.SellerId() is not { } sellerId)
        {
            return Results.Forbid();
        }

        var shop = await desk.FindShopAsync(sellerId, cancellationToken);
        if (shop is null)
        {
            return Results.NotFound();
        }

        var request = http.Request;
        var requestBase = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        var link = ShopLink.For(options.Value.PublicBaseUrl, requestBase, shop.Slug);
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(QrPng(link), "image/png", fileDownloadName: $"{shop.Slug}-qr.png");
    }

    internal static byte[] QrPng(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule: 12);
    }
}
