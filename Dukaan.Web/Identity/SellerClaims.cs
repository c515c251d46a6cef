using System.Security.Claims;

namespace Dukaan.Web.Identity;

/// <summary>What the seller's sign-in cookie carries: the seller id (NameIdentifier) and the E.164 phone.</summary>
public static class SellerClaims
{
    public const string Phone = "dukaan:phone";

    public static Guid? SellerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
