namespace Dukaan.Web.Photos;

/// <summary>One encoded variant of a photo, ready to store.</summary>
internal sealed record PhotoRendition(byte[] Bytes, int Width, int Height);
