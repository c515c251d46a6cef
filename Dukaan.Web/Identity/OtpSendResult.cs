using Dukaan.Domain.Identity;

namespace Dukaan.Web.Identity;

/// <summary>What happened to a request for a code; <see cref="Message"/> is shown to the seller as it is.</summary>
public sealed record OtpSendResult(OtpSendStatus Status, string Message, PhoneNumber? Phone = null, int WaitSeconds = 0)
{
    public bool Sent => Status == OtpSendStatus.Sent;
}
