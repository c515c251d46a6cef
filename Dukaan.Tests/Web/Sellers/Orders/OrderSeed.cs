using Dukaan.Domain.Ordering;
using Dukaan.Web.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers.Orders;

/// <summary>Places real orders through <see cref="OrderPlacement"/>, as a customer's checkout would.</summary>
internal static class OrderSeed
{
    public static async Task<Order> PlaceAsync(
        IServiceProvider services,
        string slug,
        Guid productId,
        int quantity = 1,
        string customerName = "Sunita Sharma",
        string address = "12 MG Road, Indiranagar",
        string? note = null,
        PaymentMethod payment = PaymentMethod.CashOnDelivery)
    {
        await using var scope = services.CreateAsyncScope();
        var placement = scope.ServiceProvider.GetRequiredService<OrderPlacement>();
        var result = await placement.PlaceAsync(new PlaceOrderRequest
        {
            ShopSlug = slug,
            Lines = [new CartLine(productId, quantity)],
            CustomerName = customerName,
            Phone = "+919812345678",
            Address = address,
            Pincode = "560038",
            Note = note,
            Payment = payment,
            IdempotencyKey = Guid.NewGuid().ToString(),
        }, default);
        Assert.True(result.IsPlaced, string.Join(" ", result.Errors.Values));
        return result.Order!;
    }
}
