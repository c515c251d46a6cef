namespace Dukaan.Domain.Photos;

/// <summary>One stored, re-encoded rendition of a product photo, addressed by content hash.</summary>
public sealed class PhotoVariant
{
    private PhotoVariant()
    {
    }

    public PhotoVariant(string hash, PhotoSize size, string contentType, byte[] bytes, int width, int height,
        DateTimeOffset now)
    {
        Hash = hash;
        Size = size;
        ContentType = contentType;
        Bytes = bytes;
        Width = width;
        Height = height;
        CreatedAt = now;
    }

    /// <summary>Hash of the decoded, oriented, metadata-free original; shared by all its sizes.</summary>
    public string Hash { get; private set; } = "";

    public PhotoSize Size { get; private set; }

    public string ContentType { get; private set; } = "";

    public byte[] Bytes { get; private set; } = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
