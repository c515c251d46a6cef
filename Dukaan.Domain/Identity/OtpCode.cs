using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dukaan.Domain.Identity;

/// <summary>
/// Makes and checks one-time codes. A code is six digits from a cryptographic random source; what is stored is
/// <c>salt.hmac</c>: HMAC-SHA256 of the code keyed with a random salt of its own, never the code.
/// </summary>
public static class OtpCode
{
    private const int SaltBytes = 16;

    public static string NewCode()
    {
        var max = (int)Math.Pow(10, OtpPolicy.CodeLength);
        var format = "D" + OtpPolicy.CodeLength;
        return RandomNumberGenerator.GetInt32(0, max).ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return Convert.ToBase64String(salt) + "." + Convert.ToHexString(Mac(salt, code));
    }

    public static bool Matches(string code, string storedHash)
    {
        var dot = storedHash.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return false;
        }

        var salt = Convert.FromBase64String(storedHash[..dot]);
        var expected = Convert.FromHexString(storedHash[(dot + 1)..]);
        return CryptographicOperations.FixedTimeEquals(Mac(salt, code), expected);
    }

    /// <summary>
    /// The code as typed, without spaces or hyphens, when it is six digits; otherwise null.
    /// </summary>
    public static string? Normalise(string? input)
    {
        var typed = Text.TypedText.AsciiDigits(input);
        var digits = new string(typed.Where(c => c is not (' ' or '-' or '\u00A0')).ToArray());
        return digits.Length == OtpPolicy.CodeLength && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static byte[] Mac(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));
}
