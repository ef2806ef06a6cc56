namespace FakeDynamo.Storage;

/// <summary>
/// Where an item sits inside one partition of a secondary index: by the index sort key (absent for an index without
/// one), then by the table's primary key, so that items sharing an index sort key keep a stable, total order and an
/// index page can restart strictly after any entry (data-plane §5.1: LastEvaluatedKey = index keys + table keys).
/// </summary>
internal sealed record IndexEntryKey(KeyValue? IndexSort, PrimaryKey TableKey) : IComparable<IndexEntryKey>
{
    public int CompareTo(IndexEntryKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Compare(IndexSort, other.IndexSort);
        if (order != 0)
        {
            return order;
        }

        order = TableKey.Partition.CompareTo(other.TableKey.Partition);
        return order != 0 ? order : Compare(TableKey.Sort, other.TableKey.Sort);
    }

    private static int Compare(KeyValue? a, KeyValue? b) => a is null ? (b is null ? 0 : -1) : a.CompareTo(b);
}
