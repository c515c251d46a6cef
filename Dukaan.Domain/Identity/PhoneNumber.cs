namespace Dukaan.Domain.Identity;

/// <summary>An Indian mobile number in E.164 form (<c>+91</c> and ten digits starting 6-9).</summary>
public readonly record struct PhoneNumber
{
    private const string CountryCode = "+91";

    private PhoneNumber(string value) => Value = value;

    /// <summary>E.164, for example <c>+919000000000</c>.</summary>
    public string Value { get; }

    /// <summary>The number as people read it, for example <c>+91 90000 00000</c>.</summary>
    public string Display => Value.Length == 13 ? $"+91 {Value[3..8]} {Value[8..]}" : Value;

    /// <summary>The number with all but the last four digits hidden, for logs.</summary>
    public string Masked => Value.Length > 4 ? $"+91******{Value[^4..]}" : "****";

    /// <summary>
    /// Reads a number the way people type it: <c>+91 90000 00000</c>, <c>+91-90000-00000</c>, <c>09000000000</c>,
    /// <c>9000000000</c>, <c>0091 9000000000</c>. Spaces, hyphens, dots and brackets are ignored.
    /// On failure <paramref name="error"/> says what is wrong in plain words.
    /// </summary>
    public static bool TryParse(string? input, out PhoneNumber phone, out string error)
    {
        phone = default;
        var digits = DigitsOf(input, out error);
        if (digits is null)
        {
            return false;
        }

        var national = NationalPart(digits, out error);
        if (national is null)
        {
            return false;
        }

        if (national[0] is < '6' or > '9')
        {
            error = "An Indian mobile number starts with 6, 7, 8 or 9. Please check the number.";
            return false;
        }

        phone = new PhoneNumber(CountryCode + national);
        error = "";
        return true;
    }

    public override string ToString() => Value;

    // Keeps the digits (and whether the number began with +); null when something other than a digit was typed.
    private static string? DigitsOf(string? input, out string error)
    {
        error = "";
        var text = Text.TypedText.AsciiDigits(input).Trim();
        if (text.Length == 0)
        {
            error = "Enter your 10-digit mobile number.";
            return null;
        }

        var digits = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0)
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '\u00A0'))
            {
                error = "A phone number has only digits. Please check what you typed.";
                return null;
            }
        }

        return digits.ToString();
    }

    // Strips the country code or trunk prefix and leaves the ten national digits.
    private static string? NationalPart(string digits, out string error)
    {
        error = "";
        string national;
        if (digits.StartsWith('+'))
        {
            if (!digits.StartsWith(CountryCode, StringComparison.Ordinal))
            {
                error = "Only Indian mobile numbers (+91) can be used for now.";
                return null;
            }

            national = digits[CountryCode.Length..];
        }
        else if (digits.Length == 14 && digits.StartsWith("0091", StringComparison.Ordinal))
        {
            national = digits[4..];
        }
        else if (digits.Length == 12 && digits.StartsWith("91", StringComparison.Ordinal))
        {
            national = digits[2..];
        }
        else if (digits.Length == 11 && digits.StartsWith('0'))
        {
            national = digits[1..];
        }
        else
        {
            national = digits;
        }

        if (national.Length != 10)
        {
            error = $"A mobile number has 10 digits; you typed {national.Length}. Please check the number.";
            return null;
        }

        return national;
    }
}
