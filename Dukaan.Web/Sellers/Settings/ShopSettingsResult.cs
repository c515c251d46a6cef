namespace Dukaan.Web.Sellers.Settings;

/// <summary>
/// Saved, or refused with messages per field (<see cref="ShopSettingsFields"/>); nothing is ever half-saved.
/// </summary>
public sealed record ShopSettingsResult(bool Saved, bool NoShop, IReadOnlyDictionary<string, string> Errors)
{
    internal static ShopSettingsResult Done { get; } = new(true, false, new Dictionary<string, string>());

    internal static ShopSettingsResult Missing { get; } = new(false, true, new Dictionary<string, string>());

    internal static ShopSettingsResult Invalid(IReadOnlyDictionary<string, string> errors) => new(false, false, errors);
}
