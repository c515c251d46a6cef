using QRCoder;

namespace Dukaan.Web.Checkout;

/// <summary>The QR code of a <c>upi://pay</c> link, for paying from another phone or a scanner app.</summary>
internal static class UpiQrCode
{
    public const int Side = 264;

    public static byte[] Png(string payLink)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payLink, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule: 8);
    }
}
