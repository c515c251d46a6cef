using Dukaan.Data;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Hosting;

/// <summary>The shop a new developer sees at <c>/ram-kirana</c>; its seller signs in as 90000 00000.</summary>
internal static class DemoShop
{
    public const string SellerPhone = "+919000000000";
    public const string Slug = "ram-kirana";

    private static readonly (string Name, decimal Price)[] Products =
    [
        ("Aashirvaad Shudh Chakki Atta 5 kg", 285m),
        ("Fortune Sunlite Sunflower Oil 1 L", 165m),
        ("India Gate Basmati Rice Classic 1 kg", 229m),
        ("Tata Salt 1 kg", 28m),
        ("Tata Sampann Toor Dal 1 kg", 189m),
        ("हल्दी पाउडर (Turmeric) 100 g", 38m),
        ("Amul Butter 500 g", 285m),
        ("Amul Pure Ghee 1 L", 650m),
        ("Parle-G Gold 1 kg", 100m),
        ("Haldiram's Aloo Bhujia 400 g", 110m),
        ("Britannia Good Day Cashew 200 g", 40m),
        ("Mother Dairy Paneer 200 g", 95m),
    ];

    public static async Task SeedAsync(WriteDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Shops.AnyAsync(s => s.Slug == Slug, cancellationToken))
        {
            return;
        }

        if (!PhoneNumber.TryParse(SellerPhone, out var phone, out _))
        {
            throw new InvalidOperationException("The demo phone number does not parse.");
        }

        var seller = await db.Sellers.SingleOrDefaultAsync(s => s.Phone == phone.Value, cancellationToken)
            ?? db.Sellers.Add(new Seller(phone, now)).Entity;
        var shop = db.Shops.Add(new Shop(seller.Id, "Ram Kirana Store", Slug, now)).Entity;

        // Spread creation times so "newest" has a visible order.
        for (var i = 0; i < Products.Length; i++)
        {
            var (name, price) = Products[i];
            db.Products.Add(new Product(shop.Id, name, Money.FromRupees(price), now.AddMinutes(i - Products.Length)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
