using FakeDynamo.Storage;

namespace FakeDynamo.Backups;

/// <summary>
/// The items of a backup. <see cref="Preview"/> answers statistics (sizes, counts) without fixing anything;
/// <see cref="Resolve"/> fixes the content the first time a restore needs it and returns the same state from then on.
/// </summary>
internal abstract class BackupContent
{
    /// <summary>The content as far as it is known at <paramref name="now"/>; may still change in uncertainty mode.</summary>
    public abstract StoreState Preview(DateTimeOffset now);

    /// <summary>The final content; after the first call it never changes.</summary>
    public abstract StoreState Resolve(DateTimeOffset now);

    /// <summary>Exactly the table at the marker: the store version current at the request (O(1), a reference).</summary>
    public static BackupContent Exact(StoreState state) => new ExactContent(state);

    private sealed class ExactContent(StoreState state) : BackupContent
    {
        public override StoreState Preview(DateTimeOffset now) => state;

        public override StoreState Resolve(DateTimeOffset now) => state;
    }
}
