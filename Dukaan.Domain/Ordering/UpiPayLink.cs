using System.Globalization;
using Dukaan.Domain.Catalog;

namespace Dukaan.Domain.Ordering;

/// <summary>The <c>upi://pay</c> link a UPI app opens to pay a shop for one order.</summary>
public static class UpiPayLink
{
    public static string For(UpiId payee, string shopName, Money amount, string orderNumber)
    {
        var rupees = amount.Rupees.ToString("0.00", CultureInfo.InvariantCulture);
        return "upi://pay?pa=" + Uri.EscapeDataString(payee.Value)
            + "&pn=" + Uri.EscapeDataString(shopName)
            + "&am=" + rupees
            + "&cu=INR"
            + "&tn=" + Uri.EscapeDataString($"Order {orderNumber}");
    }
}
