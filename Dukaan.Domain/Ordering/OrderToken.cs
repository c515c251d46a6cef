using System.Buffers.Text;
using System.Security.Cryptography;

namespace Dukaan.Domain.Ordering;

/// <summary>
/// The secret in an order's link, <c>/o/{token}</c>: 128 random bits, base64url (22 characters), so a customer's
/// order page cannot be found by guessing.
/// </summary>
public static class OrderToken
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// True when <paramref name="token"/> has the shape of a token; lets a page skip the lookup for junk.
    /// </summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
