namespace Dukaan.Web.Photos;

/// <summary>What a seller is told when a photo cannot be used, in plain words.</summary>
public static class PhotoMessages
{
    public const string Empty = "This file is empty. Please choose the photo again.";

    public const string TooLarge =
        "This photo is larger than 15 MB. Please choose a smaller photo or take a screenshot of it.";

    public const string Heic = "This looks like an iPhone HEIC photo. Please choose it again as JPEG "
        + "(most phones offer this when sharing) or take a screenshot of it.";

    public const string NotAPhoto = "This file is not a photo we can use. Please choose a JPEG, PNG or WebP photo.";

    public const string Damaged =
        "This photo file is damaged or incomplete. Please take the photo again or choose another one.";

    public const string TooManyPixels = "This picture is too big to process (more than 40 megapixels). "
        + "Please choose a smaller photo or take a screenshot of it.";

    public const string Interrupted =
        "The photo did not arrive completely. Please check the connection and try again.";

    public const string NotSaved = "The photo could not be saved just now. Please try again.";
}
