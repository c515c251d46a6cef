namespace Dukaan.Web.Photos;

public static class PhotoExtensions
{
    public static IServiceCollection AddPhotos(this IServiceCollection services)
    {
        services.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.SectionName);
        services.AddSingleton<PhotoUrls>();
        return services;
    }

    public static WebApplication MapPhotos(this WebApplication app)
    {
        return app;
    }
}
