namespace Dukaan.Domain.Ordering;

/// <summary>Names of the checkout form's fields, the keys of its error messages.</summary>
public static class CheckoutFields
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Address = "address";
    public const string Pincode = "pincode";
    public const string Note = "note";
    public const string Payment = "payment";
    public const string Cart = "cart";

    /// <summary>Trouble with the form as a whole (a missing shop, a broken submission).</summary>
    public const string Form = "form";
}
