using System.Collections.Concurrent;
using Dukaan.Data;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;
using Dukaan.Tests.Support;
using Dukaan.Web.Ordering;
using Dukaan.Web.Storefront;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dukaan.Tests.Web.Ordering;

/// <summary>
/// A fresh database with the ordering services on a pool large enough for 100 truly parallel checkouts.
/// Every test seeds its own shop, so tests share the database without seeing each other's orders.
/// </summary>
public sealed class OrderingFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private ServiceProvider? _services;
    private AsyncServiceScope _scope;

    public RecordingCatalogChanges CatalogChanges { get; } = new();

    public IReadOnlyList<Guid> ChangedShops
    {
        get
        {
            lock (CatalogChanges.Changes)
            {
                return CatalogChanges.Changes.Select(change => change.ShopId).ToList();
            }
        }
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public IDbContextFactory<WriteDb> Writes => Services.GetRequiredService<IDbContextFactory<WriteDb>>();

    public OrderPlacement Placement => Services.GetRequiredService<OrderPlacement>();

    public OrderDesk Desk => Services.GetRequiredService<OrderDesk>();

    public CustomerOrders Customers => Services.GetRequiredService<CustomerOrders>();

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Dukaan"] = _database.ConnectionString,
                ["Dukaan:Data:MaxPoolSize"] = "110",
                ["Dukaan:Data:ConnectTimeoutSeconds"] = "30",
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<ICatalogChanges>(CatalogChanges)
            .AddDukaanData(configuration)
            .AddOrdering()
            .BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>
    /// A seller with a shop that takes cash on delivery, free delivery, and products (name, rupees, stock).
    /// </summary>
    public async Task<SeededShop> SeedShopAsync(
        Action<Shop>? configure = null, params (string Name, decimal Price, int? Stock)[] products)
    {
        var now = DateTimeOffset.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('0' + (b % 10))));
        if (!PhoneNumber.TryParse("+9198" + digits, out var phone, out var error))
        {
            throw new InvalidOperationException(error);
        }

        await using var db = await Writes.CreateDbContextAsync();
        var seller = db.Sellers.Add(new Seller(phone, now)).Entity;
        var shop = db.Shops.Add(new Shop(seller.Id, "Shop " + suffix, "shop-" + suffix, now)).Entity;
        configure?.Invoke(shop);
        var added = products.Select(p =>
        {
            var product = new Product(shop.Id, p.Name, Money.FromRupees(p.Price), now);
            product.SetStock(p.Stock, now);
            return db.Products.Add(product).Entity;
        }).ToList();
        await db.SaveChangesAsync();
        return new SeededShop(seller.Id, seller.Phone, shop.Id, shop.Slug, added.Select(p => p.Id).ToList());
    }

    public async Task<int?> StockAsync(Guid productId)
    {
        await using var db = await Writes.CreateDbContextAsync();
        return await db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync();
    }

    public async Task<int> OrderCountAsync(Guid shopId)
    {
        await using var db = await Writes.CreateDbContextAsync();
        return await db.Orders.CountAsync(o => o.ShopId == shopId);
    }
}
