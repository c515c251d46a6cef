using MudBlazor;

namespace Dukaan.Web.Components.Layout;

/// <summary>
/// Dukaan's colours. Every text colour meets WCAG AA contrast on white (axe checks it in the browser tests).
/// </summary>
internal static class DukaanTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e4f",
            Secondary = "#a8541a",
            Success = "#1e7a34",
            Warning = "#8a5a00",
            Error = "#b3261e",
            Info = "#1d5fa8",
            AppbarBackground = "#0b6e4f",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
    };
}
