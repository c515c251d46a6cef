using Dukaan.Data;
using Dukaan.Data.Ordering;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;
using Dukaan.Web.Storefront;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dukaan.Web.Ordering;

/// <summary>
/// Places customers' orders. Prices, the delivery charge and stock are read on the server in one transaction on
/// the primary: an order either saves every line and takes every unit of stock, or saves nothing.
/// </summary>
public sealed class OrderPlacement(
    IDbContextFactory<WriteDb> writes,
    ICatalogChanges catalogChanges,
    TimeProvider time,
    ILogger<OrderPlacement> logger)
{
    /// <summary>
    /// Places the order, or returns the order an earlier submission with the same idempotency key placed, or
    /// refuses with messages per field. Never throws for bad input; throws only when the database fails.
    /// </summary>
    public async Task<PlaceOrderResult> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var cart = CheckoutValidation.Cart(request.Lines, errors);
        CustomerDetails.TryCreate(request.CustomerName, request.Phone, request.Address, request.Pincode,
            request.Note, out var customer, out var customerErrors);
        foreach (var (field, message) in customerErrors)
        {
            errors[field] = message;
        }

        if (!CheckoutValidation.IsIdempotencyKey(request.IdempotencyKey))
        {
            errors[CheckoutFields.Form] = "Something went wrong with the form. Reload the page and try again.";
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var shop = await db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == request.ShopSlug,
            cancellationToken);
        if (shop is null)
        {
            return PlaceOrderResult.Invalid(CheckoutFields.Form, "This shop is not taking orders.");
        }

        if (CheckoutValidation.Payment(request.Payment, shop.AcceptsCashOnDelivery, shop.AcceptsUpi) is { } payError)
        {
            errors[CheckoutFields.Payment] = payError;
        }

        if (errors.Count > 0 || customer is null || request.Payment is not { } payment)
        {
            return PlaceOrderResult.Invalid(errors);
        }

        // A retry after a timeout usually finds the first submission already committed.
        if (await FindAsync(db, shop.Id, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            OrderingLog.OrderRepeated(logger, shop.Id, earlier.Number);
            return PlaceOrderResult.Repeat(earlier);
        }

        var result = await PlaceInTransactionAsync(db, shop, cart, customer, payment, request, cancellationToken);
        if (result.StockChangedProductIds.Count > 0)
        {
            await TellCatalogAsync(shop, cancellationToken);
        }

        return result;
    }

    private async Task<PlaceOrderResult> PlaceInTransactionAsync(
        WriteDb db,
        Shop shop,
        IReadOnlyList<CartLine> cart,
        CustomerDetails customer,
        PaymentMethod payment,
        PlaceOrderRequest request,
        CancellationToken cancellationToken)
    {
        var idempotencyKey = request.IdempotencyKey;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var ids = cart.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => p.ShopId == shop.Id && ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (products.Count != cart.Count)
        {
            return PlaceOrderResult.Invalid(CheckoutFields.Cart,
                "Something in your cart is no longer sold here. Remove it and try again.");
        }

        // Take stock in product order so two carts never wait on each other's rows in a circle.
        var shortages = new List<StockShortage>();
        var taken = new List<Guid>();
        foreach (var line in cart.OrderBy(l => l.ProductId))
        {
            var product = products[line.ProductId];
            if (await TakeAsync(db, product, line.Quantity, cancellationToken) is { } shortage)
            {
                shortages.Add(shortage);
            }
            else if (product.Stock is not null)
            {
                taken.Add(product.Id);
            }
        }

        if (shortages.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            OrderingLog.OutOfStock(logger, shop.Id, shortages.Count);
            return PlaceOrderResult.OutOfStock(shortages);
        }

        var number = await OrderNumbers.NextAsync(db, shop.Id, taken.Count > 0, now, cancellationToken);
        var lines = cart.Select(l => Line(products[l.ProductId], l.Quantity)).ToList();
        UpiId? payee = payment == PaymentMethod.Upi && UpiId.TryParse(shop.UpiId, out var upi, out _) ? upi : null;
        var order = Order.Place(shop.Id, number, OrderToken.New(), idempotencyKey, customer, payment, lines,
            shop.Delivery, now, payee);
        if (request.ExpectedTotalPaise is { } expected && expected != order.TotalPaise)
        {
            await transaction.RollbackAsync(cancellationToken);
            return PlaceOrderResult.Invalid(CheckoutFields.Cart, $"Prices changed while you were ordering: the total "
                + $"is now {order.Total}. Check your order and place it again.");
        }

        if (shop.AutoAccept)
        {
            order.TryMoveTo(OrderStatus.Accepted, now, out _);
        }

        db.Orders.Add(order);

        // Delivered to listeners (the sellers' open order desks) only if this transaction commits.
        var signal = $"{shop.Id}:{number}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({OrderChannel.Name}, {signal})", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsRepeatedSubmission(ex))
        {
            // A concurrent submission with the same key committed first: this one takes nothing.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var first = await FindAsync(db, shop.Id, idempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The order that holds this checkout's key is gone.", ex);
            OrderingLog.OrderRepeated(logger, shop.Id, first.Number);
            return PlaceOrderResult.Repeat(first);
        }

        OrderingLog.OrderPlaced(logger, order.Number, shop.Id, order.Lines.Count, order.TotalPaise, payment);
        return PlaceOrderResult.Placed(order, taken);
    }

    private static async Task<StockShortage?> TakeAsync(
        WriteDb db, Product product, int quantity, CancellationToken cancellationToken)
    {
        if (!product.CanBeOrdered)
        {
            return new StockShortage(product.Id, product.Name, quantity, 0);
        }

        if (product.Stock is null || await StockLedger.TryTakeAsync(db, product.Id, quantity, cancellationToken))
        {
            return null;
        }

        var left = await StockLedger.LeftAsync(db, product.Id, cancellationToken) ?? 0;
        return new StockShortage(product.Id, product.Name, quantity, left);
    }

    // Every counted product's units were taken above (a shortage rolls the whole order back).
    private static OrderLine Line(Product product, int quantity) =>
        new(product.Id, product.Name, product.Price, quantity, stockTaken: product.Stock is not null);

    private static Task<Order?> FindAsync(WriteDb db, Guid shopId, string key, CancellationToken cancellationToken) =>
        db.WithDetails().FirstOrDefaultAsync(o => o.ShopId == shopId && o.IdempotencyKey == key, cancellationToken);

    private static bool IsRepeatedSubmission(DbUpdateException exception) =>
        exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
            ConstraintName: OrderIndexes.IdempotencyKey,
        };

    // The order is committed whatever happens here; a missed eviction only leaves a page stale for its lifetime.
    private async Task TellCatalogAsync(Shop shop, CancellationToken cancellationToken)
    {
        try
        {
            await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OrderingLog.EvictionFailed(logger, shop.Id, ex);
        }
    }
}
