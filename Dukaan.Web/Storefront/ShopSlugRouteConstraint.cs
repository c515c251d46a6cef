namespace Dukaan.Web.Storefront;

/// <summary>
/// Matches only what a shop slug can be (lower-case Latin letters, digits and single hyphens), so that
/// <c>/favicon.ico</c>, <c>/_framework/...</c> and other files never reach the storefront.
/// </summary>
internal sealed class ShopSlugRouteConstraint : IRouteConstraint
{
    public const string Name = "shopslug";

    private const int MaxLength = 64;

    public bool Match(
        HttpContext? httpContext,
        IRouter? route,
        string routeKey,
        RouteValueDictionary values,
        RouteDirection routeDirection)
    {
        return values.TryGetValue(routeKey, out var value) && value is string slug && IsSlug(slug);
    }

    public static bool IsSlug(string value)
    {
        if (value.Length is 0 or > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var allowed = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && value[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
