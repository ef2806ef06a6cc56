using FakeDynamo.Faults;

namespace FakeDynamo.Engine;

/// <summary>
/// The engine: one account in one region holding its tables (and, in the Backups partial, its backup catalogue).
/// Control-plane state changes under <see cref="Gate"/>; item writes are serialized per table by its store; reads
/// take immutable snapshots. Split by operation family into partial files.
/// </summary>
internal sealed partial class Account
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);

    public Account(FakeDynamoDBOptions options)
    {
        Options = options;
        Ids = new Ids(options.Seed);
        Faults = new FaultInjector();
    }

    public FakeDynamoDBOptions Options { get; }

    public Ids Ids { get; }

    public FaultInjector Faults { get; }

    public object Gate { get; } = new();

    public string AccountId => Options.AccountId;

    public string Region => Options.Region;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>The service's ARN prefix for this account: <c>arn:aws:dynamodb:&lt;region&gt;:&lt;account&gt;:</c>.</summary>
    public string ArnPrefix => $"arn:aws:dynamodb:{Region}:{AccountId}:";

    public string TableArn(string tableName) => $"{ArnPrefix}table/{tableName}";

    /// <summary>
    /// Turns a TableName member (a name or a table ARN) into a table name. An ARN of this account and region gives its
    /// table name; any other ARN gives null (it cannot name a table here).
    /// </summary>
    public string? ResolveTableName(string nameOrArn)
    {
        if (!nameOrArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return nameOrArn;
        }

        var prefix = ArnPrefix + "table/";
        if (!nameOrArn.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = nameOrArn[prefix.Length..];
        return name.Length > 0 && !name.Contains('/', StringComparison.Ordinal) ? name : null;
    }

    /// <summary>The live table (any status) named by <paramref name="nameOrArn"/>, or null. Call under <see cref="Gate"/>.</summary>
    public Table? FindTable(string nameOrArn, DateTimeOffset now)
    {
        var name = ResolveTableName(nameOrArn);
        if (name is null || !_tables.TryGetValue(name, out var table))
        {
            return null;
        }

        if (table.IsGone(now))
        {
            _tables.Remove(name);
            return null;
        }

        return table;
    }

    /// <summary>All live tables. Call under <see cref="Gate"/>.</summary>
    public IReadOnlyList<Table> LiveTables(DateTimeOffset now)
    {
        foreach (var gone in _tables.Values.Where(t => t.IsGone(now)).ToList())
        {
            _tables.Remove(gone.Name);
        }

        return _tables.Values.ToList();
    }

    /// <summary>Adds a new table incarnation. Call under <see cref="Gate"/>.</summary>
    public void AddTable(Table table) => _tables[table.Name] = table;

    /// <summary>A table that data-plane operations may use: exists and is not CREATING or DELETING (data-plane §1.4, §8.1).</summary>
    public Table? FindUsableTable(string nameOrArn, DateTimeOffset now)
    {
        lock (Gate)
        {
            var table = FindTable(nameOrArn, now);
            return table?.StatusAt(now) is TableStatus.Active or TableStatus.Updating ? table : null;
        }
    }
}
