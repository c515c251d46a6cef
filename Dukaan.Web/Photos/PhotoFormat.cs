namespace Dukaan.Web.Photos;

/// <summary>What the first bytes of an upload say it is. Only the first three are accepted.</summary>
internal enum PhotoFormat
{
    Unknown,
    Jpeg,
    Png,
    Webp,
    Heic,
}
