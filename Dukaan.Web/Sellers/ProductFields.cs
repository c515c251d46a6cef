using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Sellers;

/// <summary>Checks what a seller typed into the product form, with messages in the seller's words.</summary>
public static class ProductFields
{
    public static bool TryReadName(string? input, out string name, out string error)
    {
        name = (input ?? "").Trim();
        error = "";
        if (name.Length == 0)
        {
            error = "Enter the product name.";
            return false;
        }

        if (name.Length > Product.MaxNameLength)
        {
            error = $"A product name can have at most {Product.MaxNameLength} characters (this one has {name.Length}).";
            return false;
        }

        return true;
    }
}
