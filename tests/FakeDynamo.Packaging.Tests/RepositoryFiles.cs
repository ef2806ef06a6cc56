namespace FakeDynamo.Packaging.Tests;

/// <summary>Finds the repository and copies folders without build output.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is "bin" or "obj" or "packages" or ".packages-cache")
            {
                continue;
            }

            CopyFolder(folder, Path.Combine(target, name));
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FakeDynamo.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"FakeDynamo.sln not found above {AppContext.BaseDirectory}.");
    }
}
