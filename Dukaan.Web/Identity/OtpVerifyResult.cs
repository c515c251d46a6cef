using Dukaan.Domain.Identity;

namespace Dukaan.Web.Identity;

/// <summary>The outcome of checking a code; <see cref="Message"/> is shown to the seller as it is.</summary>
public sealed record OtpVerifyResult(OtpVerifyStatus Status, string Message, PhoneNumber? Phone = null)
{
    public bool Verified => Status == OtpVerifyStatus.Verified;
}
