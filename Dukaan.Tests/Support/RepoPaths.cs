namespace Dukaan.Tests.Support;

/// <summary>Finds the checkout and the shared fixtures that sit beside it (<c>../shared/fixtures</c>).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Photos => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "photos"));

    public static string Catalog => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "catalog"));

    public static string Photo(string name) => Path.Combine(Photos, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dukaan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dukaan.sln not found above the test binaries.");
    }
}
