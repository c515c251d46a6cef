namespace Dukaan.Web.Photos;

/// <summary>
/// What became of an uploaded photo: stored under a content hash, or refused with a message for the seller.
/// </summary>
public sealed record PhotoResult(string? Hash, string? Error)
{
    public bool Succeeded => Hash is not null;

    public static PhotoResult Stored(string hash) => new(hash, null);

    public static PhotoResult Refused(string message) => new(null, message);
}
