namespace Dukaan.Web.Sellers.Settings;

/// <summary>Names of the settings form's fields, used as keys for their messages.</summary>
public static class ShopSettingsFields
{
    public const string Payment = "payment";
    public const string UpiId = "upi-id";
    public const string DeliveryCharge = "delivery-charge";
    public const string FreeFrom = "free-from";
}
