using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dukaan.Web.Identity;

/// <summary>What the seller's sign-in cookie carries: the seller id (NameIdentifier) and the E.164 phone.</summary>
public static class SellerClaims
{
    public const string Phone = "dukaan:phone";

    public static Guid? SellerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static ClaimsPrincipal Principal(Guid sellerId, string phone)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, sellerId.ToString()),
            new(Phone, phone),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
