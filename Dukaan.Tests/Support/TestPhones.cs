using System.Globalization;
using Dukaan.Domain.Identity;

namespace Dukaan.Tests.Support;

/// <summary>Fresh mobile numbers, so tests sharing a database never count each other's codes.</summary>
public static class TestPhones
{
    private static int _next = Random.Shared.Next(0, 10_000_000);

    public static PhoneNumber Next()
    {
        var serial = Interlocked.Increment(ref _next) % 100_000_000;
        var text = "97" + serial.ToString("D8", CultureInfo.InvariantCulture);
        return PhoneNumber.TryParse(text, out var phone, out var error)
            ? phone
            : throw new InvalidOperationException(error);
    }
}
