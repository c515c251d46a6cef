namespace Dukaan.Domain.Shops;

/// <summary>A seller's shop, reached at <c>/{slug}</c>.</summary>
public sealed class Shop
{
    private Shop()
    {
    }

    public Shop(Guid sellerId, string name, string slug, DateTimeOffset now)
    {
        SellerId = sellerId;
        Name = name;
        Slug = slug;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SellerId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case Latin letters, digits and hyphens; unique.</summary>
    public string Slug { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Moves whenever the shop or its catalogue changes (cache versions read it).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name;
        UpdatedAt = now;
    }
}
