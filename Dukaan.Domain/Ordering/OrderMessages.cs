using System.Text;

namespace Dukaan.Domain.Ordering;

/// <summary>
/// The WhatsApp messages around an order, as plain text: the customer's order sent to the shop, and the shop's
/// status update sent to the customer. Wrap them with <see cref="WhatsAppLink.To"/>.
/// </summary>
public static class OrderMessages
{
    /// <param name="orderUrl">The absolute link of the order page, added at the end when given.</param>
    public static string ToShop(Order order, string shopName, string? orderUrl = null)
    {
        var text = new StringBuilder();
        text.Append("New order ").Append(order.DisplayNumber).Append(" for ").Append(shopName).Append('\n');
        foreach (var line in order.Lines)
        {
            text.Append(line.Quantity).Append(" x ").Append(line.ProductName)
                .Append(" = ").Append(line.LineTotal.ToString()).Append('\n');
        }

        text.Append("Delivery: ").Append(order.DeliveryCharge.Paise == 0 ? "free" : order.DeliveryCharge.ToString())
            .Append('\n');
        text.Append("Total: ").Append(order.Total.ToString()).Append('\n');
        text.Append("Payment: ").Append(Describe(order.PaymentMethod)).Append('\n');
        text.Append("Name: ").Append(order.CustomerName).Append('\n');
        text.Append("Phone: ").Append(order.CustomerPhone).Append('\n');
        text.Append("Address: ").Append(order.Address).Append(", ").Append(order.Pincode);
        if (order.Note is { } note)
        {
            text.Append('\n').Append("Note: ").Append(note);
        }

        if (orderUrl is not null)
        {
            text.Append('\n').Append(orderUrl);
        }

        return text.ToString();
    }

    /// <summary>
    /// What the shop tells the customer after a status change, e.g. "... order #1001 has been shipped."
    /// </summary>
    public static string StatusUpdate(Order order, string shopName, string? orderUrl = null)
    {
        var news = order.Status switch
        {
            OrderStatus.Placed => "has been received",
            OrderStatus.Accepted => "has been accepted and is being packed",
            OrderStatus.Shipped => "is on its way",
            OrderStatus.Delivered => "has been delivered. Thank you for shopping with us",
            OrderStatus.Rejected => "could not be accepted, sorry",
            OrderStatus.Cancelled => "has been cancelled",
            _ => "is " + OrderStatusFlow.Describe(order.Status).ToLowerInvariant(),
        };
        var text = $"Namaste {order.CustomerName}, your order {order.DisplayNumber} from {shopName} {news}.";
        if (order.Status is OrderStatus.Placed or OrderStatus.Accepted or OrderStatus.Shipped)
        {
            text += $" Total {order.Total}.";
        }

        return orderUrl is null ? text : text + "\n" + orderUrl;
    }

    public static string Describe(PaymentMethod method) => method switch
    {
        PaymentMethod.CashOnDelivery => "Cash on delivery",
        PaymentMethod.Upi => "UPI",
        _ => method.ToString(),
    };
}
