using System.Globalization;

namespace Dukaan.Domain.Catalog;

/// <summary>An exact amount of Indian rupees, held as whole paise.</summary>
public readonly record struct Money(long Paise) : IComparable<Money>
{
    private static readonly CultureInfo India = CultureInfo.GetCultureInfo("en-IN");

    public static Money Zero => new(0);

    public static Money FromPaise(long paise) => new(paise);

    public static Money FromRupees(decimal rupees) => new(checked((long)decimal.Round(rupees * 100m)));

    public decimal Rupees => Paise / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Paise + b.Paise));

    public static Money operator *(Money a, int quantity) => new(checked(a.Paise * quantity));

    public int CompareTo(Money other) => Paise.CompareTo(other.Paise);

    /// <summary>Indian grouping with the rupee sign: <c>₹1,00,000</c>, <c>₹1,299.50</c>.</summary>
    public override string ToString()
    {
        var format = Paise % 100 == 0 ? "#,##,##0" : "#,##,##0.00";
        return "₹" + Rupees.ToString(format, India);
    }
}
