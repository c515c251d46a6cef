using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dukaan.Web.Identity;

/// <summary>
/// What the seller's sign-in cookie carries: the seller id (NameIdentifier), the E.164 phone and the session id
/// that signing out ends.
/// </summary>
public static class SellerClaims
{
    public const string Phone = "dukaan:phone";

    public const string Session = "dukaan:session";

    public static Guid? SellerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    public static ClaimsPrincipal Principal(Guid sellerId, string phone, Guid sessionId)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, sellerId.ToString()),
            new(Phone, phone),
            new(Session, sessionId.ToString()),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
