using Dukaan.Web.Photos;

namespace Dukaan.Tests.Support;

/// <summary>Answers every upload with a chosen result and remembers how many bytes each upload had.</summary>
public sealed class FakePhotoPipeline : IPhotoPipeline
{
    public PhotoResult Result { get; set; } = PhotoResult.Stored("0123456789abcdef");

    public List<long> Uploads { get; } = [];

    public async Task<PhotoResult> StoreAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy, cancellationToken);
        Uploads.Add(copy.Length);
        return Result;
    }
}
