using Dukaan.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dukaan.Web.Sellers.Settings;

/// <summary>How the shop takes orders: ways to pay, the delivery charge and auto-accept.</summary>
public sealed partial class SettingsPage
{
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private Guid? _sellerId;
    private bool _loaded;
    private bool _saving;
    private bool _cash;
    private bool _upi;
    private string? _upiId;
    private string? _deliveryCharge;
    private string? _freeFrom;
    private bool _autoAccept;
    private string? _outcome;

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private ShopSettingsDesk Desk { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        _sellerId = state.User.SellerId();
        if (_sellerId is not { } sellerId)
        {
            return;
        }

        var settings = await Desk.GetAsync(sellerId, CancellationToken.None);
        if (settings is null)
        {
            Navigation.NavigateTo("/seller/new-shop", forceLoad: true);
            return;
        }

        Fill(ShopSettingsInput.From(settings));
        _loaded = true;
    }

    private string? Error(string field) => _errors.TryGetValue(field, out var message) ? message : null;

    private void Fill(ShopSettingsInput input)
    {
        _cash = input.CashOnDelivery;
        _upi = input.Upi;
        _upiId = input.UpiId;
        _deliveryCharge = input.DeliveryCharge;
        _freeFrom = input.FreeFrom;
        _autoAccept = input.AutoAccept;
    }

    private async Task SaveAsync()
    {
        if (_saving || _sellerId is not { } sellerId)
        {
            return;
        }

        var input = new ShopSettingsInput
        {
            CashOnDelivery = _cash,
            Upi = _upi,
            UpiId = _upiId,
            DeliveryCharge = _deliveryCharge,
            FreeFrom = _freeFrom,
            AutoAccept = _autoAccept,
        };
        _saving = true;
        try
        {
            var result = await Desk.SaveAsync(sellerId, input, CancellationToken.None);
            _errors = result.Errors;
            if (result.NoShop)
            {
                Navigation.NavigateTo("/seller/new-shop", forceLoad: true);
            }
            else
            {
                _outcome = result.Saved
                    ? "Settings saved."
                    : "Nothing was saved. Please check the marked fields.";
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
