using SkiaSharp;

namespace Dukaan.Web.Photos;

/// <summary>
/// Turns the EXIF orientation a camera wrote into the transform that shows the picture upright. SkiaSharp
/// decodes pixels as stored and leaves this to the caller.
/// </summary>
internal static class PhotoOrientation
{
    /// <summary>True when the upright picture is the stored one turned a quarter (width and height swap).</summary>
    public static bool SwapsSides(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop
        or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    public static SKSizeI UprightSize(SKEncodedOrigin origin, SKSizeI stored) =>
        SwapsSides(origin) ? new SKSizeI(stored.Height, stored.Width) : stored;

    /// <summary>Maps stored pixel coordinates (w x h) to upright ones.</summary>
    public static SKMatrix ToUpright(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => Make(-1, 0, w, 0, 1, 0),
        SKEncodedOrigin.BottomRight => Make(-1, 0, w, 0, -1, h),
        SKEncodedOrigin.BottomLeft => Make(1, 0, 0, 0, -1, h),
        SKEncodedOrigin.LeftTop => Make(0, 1, 0, 1, 0, 0),
        SKEncodedOrigin.RightTop => Make(0, -1, h, 1, 0, 0),
        SKEncodedOrigin.RightBottom => Make(0, -1, h, -1, 0, w),
        SKEncodedOrigin.LeftBottom => Make(0, 1, 0, -1, 0, w),
        _ => SKMatrix.Identity,
    };

    // x' = scaleX * x + skewX * y + transX;  y' = skewY * x + scaleY * y + transY
    private static SKMatrix Make(float scaleX, float skewX, float transX, float skewY, float scaleY, float transY) =>
        new(scaleX, skewX, transX, skewY, scaleY, transY, 0, 0, 1);
}
