using Dukaan.Domain.Identity;

namespace Dukaan.Web.Identity;

/// <summary>Sends a text message. Development writes to an outbox file; production plugs in a provider.</summary>
public interface ISmsSender
{
    Task SendAsync(PhoneNumber to, string text, CancellationToken cancellationToken);
}
