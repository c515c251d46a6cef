using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class DeliveryPolicyTests
{
    private static readonly DeliveryPolicy FortyUnderFiveHundred =
        new(Money.FromRupees(40), Money.FromRupees(500));

    [Theory]
    [InlineData(100, 40)]
    [InlineData(499.99, 40)]
    [InlineData(500, 0)]
    [InlineData(1299.50, 0)]
    public void ChargeFor_WithThreshold_WaivesFromThreshold(decimal subtotal, decimal expected)
    {
        var charge = FortyUnderFiveHundred.ChargeFor(Money.FromRupees(subtotal));

        Assert.Equal(Money.FromRupees(expected), charge);
    }

    [Fact]
    public void ChargeFor_WithoutThreshold_AlwaysCharges()
    {
        var policy = new DeliveryPolicy(Money.FromRupees(30), null);

        Assert.Equal(Money.FromRupees(30), policy.ChargeFor(Money.FromRupees(100_000)));
    }

    [Fact]
    public void ChargeFor_FreePolicy_IsZero()
    {
        Assert.Equal(Money.Zero, DeliveryPolicy.Free.ChargeFor(Money.FromRupees(10)));
    }

    [Fact]
    public void Describe_WithThreshold_NamesBothAmounts()
    {
        Assert.Equal("Delivery ₹40, free on orders of ₹500 or more", FortyUnderFiveHundred.Describe());
    }
}
