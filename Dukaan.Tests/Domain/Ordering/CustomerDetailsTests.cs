using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class CustomerDetailsTests
{
    [Fact]
    public void TryCreate_ValidInput_TrimsAndNormalises()
    {
        var ok = CustomerDetails.TryCreate("  Sunita   Sharma ", "+919812345678", " 12 MG Road ", "560 038", "  ",
            out var details, out var errors);

        Assert.True(ok);
        Assert.Empty(errors);
        Assert.Equal("Sunita Sharma", details!.Name);
        Assert.Equal("12 MG Road", details.Address);
        Assert.Equal("560038", details.Pincode);
        Assert.Null(details.Note);
    }

    [Fact]
    public void TryCreate_EverythingMissing_OneMessagePerField()
    {
        var ok = CustomerDetails.TryCreate(null, null, null, null, new string('x', 301), out var details,
            out var errors);

        Assert.False(ok);
        Assert.Null(details);
        Assert.Equal("Enter your name.", errors[CheckoutFields.Name]);
        Assert.Equal("Enter your 10-digit mobile number.", errors[CheckoutFields.Phone]);
        Assert.Equal("Enter the delivery address: house, street and area.", errors[CheckoutFields.Address]);
        Assert.Equal("Enter the 6-digit pincode of the delivery address.", errors[CheckoutFields.Pincode]);
        Assert.Equal("Keep the note under 300 letters.", errors[CheckoutFields.Note]);
    }
}
