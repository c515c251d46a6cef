namespace Dukaan.Domain.Ordering;

/// <summary>Sizes a checkout accepts.</summary>
public static class OrderLimits
{
    public const int MaxQuantity = 99;
    public const int MaxLines = 50;
    public const int MaxNameLength = 80;
    public const int MaxAddressLength = 300;
    public const int MaxNoteLength = 300;
    public const int MaxIdempotencyKeyLength = 64;
}
