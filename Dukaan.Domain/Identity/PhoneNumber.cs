namespace Dukaan.Domain.Identity;

/// <summary>An Indian mobile number in E.164 form (<c>+91</c> and ten digits starting 6-9).</summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>The number with all but the last four digits hidden, for logs.</summary>
    public string Masked => Value.Length > 4 ? $"+91******{Value[^4..]}" : "****";

    // TODO(#2): normalise every way Indians type a number; this placeholder accepts only E.164.
    public static bool TryParse(string? input, out PhoneNumber phone, out string error)
    {
        phone = default;
        error = "Enter a 10-digit mobile number.";
        if (input is null || input.Length != 13 || !input.StartsWith("+91", StringComparison.Ordinal))
        {
            return false;
        }

        phone = new PhoneNumber(input);
        error = "";
        return true;
    }

    public override string ToString() => Value;
}
