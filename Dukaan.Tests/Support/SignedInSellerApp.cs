using Dukaan.Web.Photos;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Support;

/// <summary>The real app where <see cref="TestSellerAuthHandler"/> signs sellers in and photos go to a fake.</summary>
public sealed class SignedInSellerApp : DukaanWebFactory
{
    public FakePhotoPipeline Photos { get; } = new();

    public HttpClient ClientFor(Guid sellerId)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSellerAuthHandler.Header, sellerId.ToString());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Program reads the connection string before Build(), when ConfigureAppConfiguration has not yet applied;
        // settings given here are visible from the start.
        builder.UseSetting("ConnectionStrings:Dukaan", Database.ConnectionString);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(TestSellerAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestSellerAuthHandler>(TestSellerAuthHandler.SchemeName, null);
            services.AddSingleton<IPhotoPipeline>(Photos);
        });
    }
}
