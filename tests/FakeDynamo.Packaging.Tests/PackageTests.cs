using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FakeDynamo.Packaging.Tests;

/// <summary>
/// Packs src/FakeDynamo into a temp folder feed, checks what the package holds, and runs samples/PackageConsumer — a
/// project outside the solution with its own nuget.config — against it. Everything is written under one temp folder
/// (build output included, through --artifacts-path), so nothing is left in the repository.
/// </summary>
[NonParallelizable]
public class PackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private string _temp = null!;
    private string _consumer = null!;
    private string _packageVersion = null!;
    private string _nupkg = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        _temp = Directory.CreateTempSubdirectory("fakedynamo-package-").FullName;
        _consumer = Path.Combine(_temp, "consumer");
        RepositoryFiles.CopyFolder(Path.Combine(RepositoryFiles.Root, "samples", "PackageConsumer"), _consumer);
        var feed = Path.Combine(_consumer, "packages");

        var pack = DotnetCli.Run(RepositoryFiles.Root, StepTimeout,
            "pack", Path.Combine("src", "FakeDynamo", "FakeDynamo.csproj"), "-o", feed,
            "--artifacts-path", Path.Combine(_temp, "artifacts"), "--disable-build-servers");
        pack.ExitCode.ShouldBe(0, $"dotnet pack failed:\n{pack.Tail}");

        _nupkg = Directory.GetFiles(feed, "FakeDynamo.*.nupkg").ShouldHaveSingleItem($"one .nupkg expected in {feed}");
        _packageVersion = Regex.Match(Path.GetFileName(_nupkg), @"^FakeDynamo\.(.+)\.nupkg$").Groups[1].Value;
    }

    [OneTimeTearDown]
    public void DeleteTemp()
    {
        if (_temp is not null && Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    [Test]
    public void Pack_Nuspec_HasTheMetadataAUserSees()
    {
        var nuspec = ReadNuspec();
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.ShouldBe("FakeDynamo");
        metadata.Element(ns + "version")!.Value.ShouldBe(_packageVersion);
        _packageVersion.ShouldMatch(@"^\d+\.\d+\.\d+");
        metadata.Element(ns + "authors")!.Value.ShouldNotBeNullOrWhiteSpace();
        metadata.Element(ns + "description")!.Value.ShouldContain("IAmazonDynamoDB");
        var license = metadata.Element(ns + "license")!;
        license.Attribute("type")!.Value.ShouldBe("expression");
        license.Value.ShouldBe("MIT");
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "repository")!.Attribute("type")!.Value.ShouldBe("git");
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        dependencies.ShouldContain("AWSSDK.DynamoDBv2");
        dependencies.ShouldContain("Microsoft.Extensions.DependencyInjection.Abstractions");
    }

    [Test]
    public void Pack_Package_HoldsAssemblyXmlDocsAndReadmeAndASymbolPackage()
    {
        using (var package = ZipFile.OpenRead(_nupkg))
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            entries.ShouldContain("lib/net10.0/FakeDynamo.dll");
            entries.ShouldContain("README.md");
            var docs = package.GetEntry("lib/net10.0/FakeDynamo.xml").ShouldNotBeNull();
            using var reader = new StreamReader(docs.Open());
            reader.ReadToEnd().ShouldContain("M:Microsoft.Extensions.DependencyInjection.FakeDynamoServiceCollectionExtensions.AddFakeDynamoDB");
        }

        var symbols = Path.ChangeExtension(_nupkg, ".snupkg");
        File.Exists(symbols).ShouldBeTrue($"{symbols} expected");
        using var symbolPackage = ZipFile.OpenRead(symbols);
        symbolPackage.Entries.Select(e => e.FullName).ShouldContain("lib/net10.0/FakeDynamo.pdb");
    }

    [Test]
    public void Consumer_RestoresThePackedPackageFromTheLocalFeed_AndPassesItsTest()
    {
        // A packages folder of its own, so that the freshly packed package is extracted (the machine's cache may hold
        // an older build with the same version); everything else comes from the machine's cache as a fallback folder.
        var packagesFolder = Path.Combine(_temp, "nuget-packages");
        var test = DotnetCli.Run(_consumer, StepTimeout,
            "test", "PackageConsumer.csproj", "--disable-build-servers",
            $"-p:FakeDynamoVersion={_packageVersion}",
            $"-p:RestorePackagesPath={packagesFolder}",
            $"-p:RestoreFallbackFolders={MachinePackagesFolder()}");

        test.ExitCode.ShouldBe(0, $"dotnet test on the package consumer failed:\n{test.Tail}");
        test.Output.ShouldContain("Passed!", customMessage: test.Tail);
        Directory.Exists(Path.Combine(packagesFolder, "fakedynamo", _packageVersion)).ShouldBeTrue(
            $"FakeDynamo {_packageVersion} was not restored from the local feed (a machine-cache copy was used?)\n{test.Tail}");
    }

    [Test]
    public void NuGetConfigs_NameNoUrlOrHost()
    {
        foreach (var path in new[] { "nuget.config", Path.Combine("samples", "PackageConsumer", "nuget.config") })
        {
            var config = XDocument.Load(Path.Combine(RepositoryFiles.Root, path));
            var values = config.Descendants("add").Select(a => a.Attribute("value")?.Value ?? string.Empty).ToList();
            values.ShouldAllBe(v => !v.Contains("://") && !v.Contains('.'), $"{path} must name only local folders");
        }
    }

    private XDocument ReadNuspec()
    {
        using var package = ZipFile.OpenRead(_nupkg);
        using var stream = package.GetEntry("FakeDynamo.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static string MachinePackagesFolder()
    {
        var locals = DotnetCli.Run(RepositoryFiles.Root, TimeSpan.FromMinutes(1), "nuget", "locals", "global-packages", "--list");
        locals.ExitCode.ShouldBe(0, locals.Tail);
        var line = locals.Output.Split('\n').Single(l => l.StartsWith("global-packages:", StringComparison.Ordinal));
        return line["global-packages:".Length..].Trim();
    }
}
