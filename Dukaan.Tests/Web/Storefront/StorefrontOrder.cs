using Dukaan.Domain.Catalog;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>The orders the storefront promises, computed in memory (uuids compare like PostgreSQL's).</summary>
internal static class StorefrontOrder
{
    public static List<Guid> Expected(IEnumerable<Product> products, string sort)
    {
        var list = products.ToList();
        static string Key(Product p) => p.Id.ToString("N");
        var ordered = sort switch
        {
            "price-low" => list.OrderBy(p => p.PricePaise).ThenBy(Key, StringComparer.Ordinal),
            "price-high" => list.OrderByDescending(p => p.PricePaise).ThenByDescending(Key, StringComparer.Ordinal),
            _ => list.OrderByDescending(p => p.CreatedAt).ThenByDescending(Key, StringComparer.Ordinal),
        };
        return ordered.Select(p => p.Id).ToList();
    }
}
