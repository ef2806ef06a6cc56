using FakeDynamo.Storage;

namespace FakeDynamo.Tests.Storage;

public class ItemStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static PrimaryKey Key(int n) =>
        new(KeyValue.From(new AttributeValue { S = $"k{n}" })!, null);

    private static Item Value(int n) =>
        Item.CopyFrom(new Dictionary<string, AttributeValue> { ["pk"] = new() { S = $"k{n}" }, ["v"] = new() { N = n.ToString(System.Globalization.CultureInfo.InvariantCulture) } });

    private static ItemStore StoreWithWrites(int count)
    {
        var store = new ItemStore(T0);
        for (var i = 1; i <= count; i++)
        {
            lock (store.WriteGate)
            {
                store.Commit(Key(i % 7), Value(i), T0.AddSeconds(i));
            }
        }

        return store;
    }

    [Test]
    public void StateAt_EveryInstant_MatchesReplayedHistory()
    {
        // More writes than the snapshot interval, so StateAt uses snapshots plus replay.
        var store = StoreWithWrites(ItemStore.SnapshotInterval * 2 + 10);
        foreach (var seconds in new[] { 0, 1, 6, 255, 256, 257, 300, 512, 520, 10_000 })
        {
            var state = store.StateAt(T0.AddSeconds(seconds));
            var last = Math.Min(seconds, ItemStore.SnapshotInterval * 2 + 10);
            state.Sequence.ShouldBe(last);
            for (var k = 0; k < 7; k++)
            {
                var writes = Enumerable.Range(1, last).Where(i => i % 7 == k).ToList();
                var expected = writes.Count == 0 ? null : writes[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
                state.Get(Key(k))?["v"]!.N.ShouldBe(expected);
                if (expected is null) state.Get(Key(k)).ShouldBeNull();
            }
        }
    }

    [Test]
    public void StateAt_SnapshotTakenEarlier_IsUnaffectedByLaterWrites()
    {
        var store = StoreWithWrites(3);
        var snapshot = store.Current;
        lock (store.WriteGate)
        {
            store.Commit(Key(1), null, T0.AddSeconds(10));
        }

        snapshot.Get(Key(1)).ShouldNotBeNull();
        store.Current.Get(Key(1)).ShouldBeNull();
        snapshot.Count.ShouldBe(3);
        store.Current.Count.ShouldBe(2);
    }

    [Test]
    public void Trim_Horizon_KeepsStateAtHorizonAndLaterChanges()
    {
        var store = StoreWithWrites(600);
        var before = store.StateAt(T0.AddSeconds(400));
        var atHorizon = store.StateAt(T0.AddSeconds(300));

        store.Trim(T0.AddSeconds(300));

        store.ChangeCount.ShouldBe(300);
        store.ChangesBetween(T0, T0.AddSeconds(1000))[0].Sequence.ShouldBe(301);
        store.StateAt(T0.AddSeconds(400)).All().Select(i => i["v"]!.N).ShouldBe(before.All().Select(i => i["v"]!.N));
        store.StateAt(T0.AddSeconds(300)).Sequence.ShouldBe(atHorizon.Sequence);
        // Older instants now give the oldest state kept.
        store.StateAt(T0.AddSeconds(10)).Sequence.ShouldBe(300);
        store.Current.Sequence.ShouldBe(600);
    }

    [Test]
    public void ChangesBetween_Interval_IsHalfOpen()
    {
        var store = StoreWithWrites(5);
        var changes = store.ChangesBetween(T0.AddSeconds(1), T0.AddSeconds(3));
        changes.Select(c => c.Sequence).ShouldBe([2L, 3L]);
        changes[0].Old.ShouldBeNull();
        changes[0].New!["v"]!.N.ShouldBe("2");
    }

    [Test]
    public void StartingFrom_State_SharesItemsAndContinuesSequence()
    {
        var source = StoreWithWrites(10);
        var restored = ItemStore.StartingFrom(source.Current, T0.AddSeconds(20));
        restored.Current.ShouldBeSameAs(source.Current);
        lock (restored.WriteGate)
        {
            restored.Commit(Key(100), Value(100), T0.AddSeconds(21));
        }

        restored.Current.Count.ShouldBe(source.Current.Count + 1);
        source.Current.Get(Key(100)).ShouldBeNull();
        restored.StateAt(T0.AddSeconds(20)).ShouldBeSameAs(source.Current);
    }

    [Test]
    public void Commit_Items_TracksCountAndSize()
    {
        var store = StoreWithWrites(7);
        store.Current.Count.ShouldBe(7);
        store.Current.SizeBytes.ShouldBe(store.Current.All().Sum(i => i.Size));
    }

    [Test]
    public void Commit_ClockSteppingBack_KeepsHistoryOrdered()
    {
        var store = StoreWithWrites(3);
        lock (store.WriteGate)
        {
            store.Commit(Key(9), Value(9), T0);
        }

        var changes = store.ChangesBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        changes[^1].Timestamp.ShouldBe(T0.AddSeconds(3));
        store.StateAt(T0.AddSeconds(3)).Get(Key(9)).ShouldNotBeNull();
    }
}
