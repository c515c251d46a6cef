namespace Dukaan.Domain.Photos;

/// <summary>The renditions every product photo is stored in.</summary>
public enum PhotoSize
{
    /// <summary>A square crop for grids.</summary>
    Square = 1,

    /// <summary>The whole picture, scaled down, for the product page.</summary>
    Full = 2,
}
