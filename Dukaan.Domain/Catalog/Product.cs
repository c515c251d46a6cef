namespace Dukaan.Domain.Catalog;

/// <summary>One thing a shop sells: a name, an exact price and at most one photo.</summary>
public sealed class Product
{
    public const int MaxNameLength = 120;

    private Product()
    {
    }

    public Product(Guid shopId, string name, Money price, DateTimeOffset now)
    {
        ShopId = shopId;
        CreatedAt = now;
        Update(name, price, now);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ShopId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Price in paise (1 rupee = 100 paise), always positive.</summary>
    public long PricePaise { get; private set; }

    public Money Price => Money.FromPaise(PricePaise);

    /// <summary>Content hash of the photo's variants, or null when there is no photo.</summary>
    public string? PhotoHash { get; private set; }

    public bool SoldOut { get; private set; }

    /// <summary>Units left, or null when the shop does not count stock. Tracked stock of zero is sold out.</summary>
    public int? Stock { get; private set; }

    /// <summary>True when a customer may order it: not marked sold out and, when counted, at least one left.</summary>
    public bool CanBeOrdered => !SoldOut && Stock is not 0;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string name, Money price, DateTimeOffset now)
    {
        var trimmed = Text.TypedText.CleanLine(name);
        if (!Text.TypedText.HasVisible(trimmed))
        {
            throw new ArgumentException("A product needs a name.", nameof(name));
        }

        if (Text.TypedText.Length(trimmed) > MaxNameLength)
        {
            throw new ArgumentException($"A product name has at most {MaxNameLength} characters.", nameof(name));
        }

        if (price.Paise <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), "A price is more than zero.");
        }

        Name = trimmed;
        PricePaise = price.Paise;
        UpdatedAt = now;
    }

    public void SetPhoto(string? photoHash, DateTimeOffset now)
    {
        PhotoHash = photoHash;
        UpdatedAt = now;
    }

    public void MarkSoldOut(bool soldOut, DateTimeOffset now)
    {
        SoldOut = soldOut;
        UpdatedAt = now;
    }

    /// <summary>Sets the units in stock; null stops counting. Orders take stock and rejections put it back.</summary>
    public void SetStock(int? stock, DateTimeOffset now)
    {
        if (stock < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stock), "Stock is zero or more.");
        }

        Stock = stock;
        UpdatedAt = now;
    }
}
