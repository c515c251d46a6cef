using MudBlazor;

namespace Dukaan.Web.Components.Layout;

internal static class DukaanTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e4f",
            Secondary = "#f29e4c",
            AppbarBackground = "#0b6e4f",
        },
    };
}
