using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dukaan.Web.Photos;

public static class PhotoExtensions
{
    public static IServiceCollection AddPhotos(this IServiceCollection services)
    {
        services.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PhotoUrls>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<IPhotoPipeline, PhotoPipeline>();
        return services;
    }

    public static WebApplication MapPhotos(this WebApplication app)
    {
        app.MapGet("/media/{file}", PhotoEndpoints.GetAsync);
        return app;
    }
}
