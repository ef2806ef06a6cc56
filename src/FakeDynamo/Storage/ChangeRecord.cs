namespace FakeDynamo.Storage;

/// <summary>One committed write: what the item was before and after (null for absent). The table's history.</summary>
internal sealed record ChangeRecord(long Sequence, DateTimeOffset Timestamp, PrimaryKey Key, Item? Old, Item? New);
