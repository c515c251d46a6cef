using System.Text.RegularExpressions;

namespace Dukaan.Domain.Ordering;

/// <summary>A UPI virtual payment address, <c>name@bank</c>, as a shop receives payments.</summary>
public readonly partial record struct UpiId
{
    private UpiId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out UpiId upiId, out string error)
    {
        upiId = default;
        var trimmed = input?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = "Enter your UPI ID, for example ramkirana@okhdfc.";
            return false;
        }

        if (!Shape().IsMatch(trimmed))
        {
            error = "A UPI ID looks like name@bank, for example ramkirana@okhdfc. Check it in your UPI app.";
            return false;
        }

        upiId = new UpiId(trimmed.ToLowerInvariant());
        error = "";
        return true;
    }

    public override string ToString() => Value;

    // Handle: letters, digits, dot, hyphen, underscore; provider: letters (e.g. okhdfc, ybl, paytm, upi).
    [GeneratedRegex("^[A-Za-z0-9._-]{2,64}@[A-Za-z][A-Za-z0-9]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
