namespace Dukaan.Web.Identity;

/// <summary>The addresses of the sign-in flow, and the guard that keeps return addresses on this site.</summary>
public static class SignInUrls
{
    public const string Home = "/seller";
    public const string SignIn = "/seller/sign-in";
    public const string Code = "/seller/sign-in/code";
    public const string NewShop = "/seller/new-shop";

    /// <summary>The return address when it is a path on this site; <see cref="Home"/> otherwise.</summary>
    public static string LocalOrHome(string? returnUrl)
    {
        var isLocal = !string.IsNullOrEmpty(returnUrl)
            && returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl);
        return isLocal ? returnUrl! : Home;
    }

    public static string CodePage(string phone, string? returnUrl, bool resent = false)
    {
        var url = $"{Code}?phone={Uri.EscapeDataString(phone)}";
        if (!string.IsNullOrEmpty(returnUrl))
        {
            url += $"&returnUrl={Uri.EscapeDataString(returnUrl)}";
        }

        return resent ? url + "&resent=1" : url;
    }

    /// <summary>Post-Redirect-Get: a 303 sends the browser to <paramref name="url"/> with a GET.</summary>
    public static void SeeOther(HttpContext context, string url)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = url;
    }
}
