using Dukaan.Domain.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;

namespace Dukaan.Web.Identity;

/// <summary>
/// The second step of signing in. The phone travels in the address, so a reload or a return from the SMS app
/// keeps it; only the "Send a new code" button sends an SMS, never a GET.
/// </summary>
public sealed partial class SignInCodePage
{
    private PhoneNumber? _phone;
    private string _phoneError = "";
    private string? _codeError;
    private string? _resendMessage;

    [Inject]
    private OtpService Otp { get; set; } = default!;

    [Inject]
    private SellerAccounts Sellers { get; set; } = default!;

    [Inject]
    private ILogger<SignInCodePage> Logger { get; set; } = default!;

    [Inject]
    private SellerSessions Sessions { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "phone")]
    private string? PhoneQuery { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    // A string, not an int: junk in the query must not turn the page into an error.
    [SupplyParameterFromQuery(Name = "resent")]
    private string? ResentQuery { get; set; }

    private bool Resent => ResentQuery == "1";

    [SupplyParameterFromForm(FormName = "verify")]
    private string? Code { get; set; }

    private string ChangeNumberUrl => string.IsNullOrEmpty(ReturnUrl)
        ? SignInUrls.SignIn
        : $"{SignInUrls.SignIn}?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    protected override async Task OnInitializedAsync()
    {
        if (!PhoneNumber.TryParse(PhoneQuery, out var phone, out var error))
        {
            _phoneError = error;
            return;
        }

        _phone = phone;
        var wait = await Otp.CheckResendAsync(phone, HttpContext.RequestAborted);
        _resendMessage = wait?.Message;
    }

    private async Task VerifyAsync()
    {
        if (_phone is not { } phone)
        {
            return;
        }

        var result = await Otp.VerifyCodeAsync(phone.Value, Code, HttpContext.RequestAborted);
        if (!result.Verified)
        {
            _codeError = result.Message;
            return;
        }

        var seller = await Sellers.FindOrCreateAsync(phone, HttpContext.RequestAborted);
        var session = await Sessions.StartAsync(seller.Id, HttpContext.RequestAborted);
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            SellerClaims.Principal(seller.Id, seller.Phone, session),
            new AuthenticationProperties { IsPersistent = true });
        IdentityLog.SignedIn(Logger, seller.Id);

        var next = seller.ShopSlug is null
            ? SignInUrls.NewShop
            : SignInUrls.LocalOrHome(ReturnUrl);
        SignInUrls.SeeOther(HttpContext, next);
    }

    private async Task ResendAsync()
    {
        if (_phone is not { } phone)
        {
            return;
        }

        var result = await Otp.SendCodeAsync(phone.Value, HttpContext.RequestAborted);
        if (result.Sent)
        {
            SignInUrls.SeeOther(HttpContext, SignInUrls.CodePage(phone.Value, ReturnUrl, resent: true));
            return;
        }

        _resendMessage = result.Message;
    }
}
