using System.Globalization;
using System.Text;

namespace Dukaan.Domain.Catalog;

/// <summary>An exact amount of Indian rupees, held as whole paise.</summary>
public readonly record struct Money(long Paise) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromPaise(long paise) => new(paise);

    public static Money FromRupees(decimal rupees) => new(checked((long)decimal.Round(rupees * 100m)));

    public decimal Rupees => Paise / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Paise + b.Paise));

    public static Money operator *(Money a, int quantity) => new(checked(a.Paise * quantity));

    public int CompareTo(Money other) => Paise.CompareTo(other.Paise);

    /// <summary>
    /// The rupee sign with Indian grouping (last three digits, then pairs), paise only when there are any:
    /// <c>₹1,00,000</c>, <c>₹1,299.50</c>, <c>₹49.50</c>, <c>₹28</c>. The same on every machine, whatever its
    /// culture data.
    /// </summary>
    public override string ToString()
    {
        var magnitude = Paise < 0 ? -(decimal)Paise : Paise;
        var rupees = (ulong)(magnitude / 100);
        var paise = (int)(magnitude % 100);

        var text = new StringBuilder(Paise < 0 ? "-₹" : "₹");
        text.Append(GroupIndian(rupees.ToString(CultureInfo.InvariantCulture)));
        if (paise != 0)
        {
            text.Append('.').Append(paise.ToString("00", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string GroupIndian(string digits)
    {
        if (digits.Length <= 3)
        {
            return digits;
        }

        // The last three digits form one group; everything before them goes in pairs.
        var head = digits[..^3];
        var grouped = new StringBuilder();
        var first = head.Length % 2 == 0 ? 2 : 1;
        grouped.Append(head, 0, first);
        for (var i = first; i < head.Length; i += 2)
        {
            grouped.Append(',').Append(head, i, 2);
        }

        return grouped.Append(',').Append(digits[^3..]).ToString();
    }
}
