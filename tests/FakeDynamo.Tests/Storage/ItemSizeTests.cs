using System.Text;
using FakeDynamo.Storage;

namespace FakeDynamo.Tests.Storage;

public class ItemSizeTests
{
    [Test]
    public void ItemSize_DeveloperGuideExample_Is23Bytes()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["shirt-color"] = new() { S = "R" },
            ["shirt-size"] = new() { S = "M" },
        };
        AttributeValues.ItemSize(item).ShouldBe(23);
    }

    [Test]
    public void ItemSize_NonAsciiString_CountsUtf8Bytes()
    {
        var item = new Dictionary<string, AttributeValue> { ["é"] = new() { S = "日本" } };
        AttributeValues.ItemSize(item).ShouldBe(2 + 6);
    }

    [Test]
    public void Size_Binary_IsDecodedLength()
    {
        AttributeValues.Size(new AttributeValue { B = new MemoryStream([1, 2, 3]) }).ShouldBe(3);
    }

    [Test]
    public void Size_ScalarsAndSets_FollowServiceRules()
    {
        AttributeValues.Size(new AttributeValue { BOOL = true }).ShouldBe(1);
        AttributeValues.Size(new AttributeValue { NULL = true }).ShouldBe(1);
        AttributeValues.Size(new AttributeValue { SS = ["ab", "c"] }).ShouldBe(3);
        AttributeValues.Size(new AttributeValue { NS = ["12", "1.2"] }).ShouldBe(2 + 3);
        AttributeValues.Size(new AttributeValue { BS = [new MemoryStream([1]), new MemoryStream([1, 2])] }).ShouldBe(3);
    }

    [Test]
    public void Size_ListAndMap_AddThreePlusOnePerElement()
    {
        AttributeValues.Size(new AttributeValue { L = [] }).ShouldBe(3);
        AttributeValues.Size(new AttributeValue { L = [new() { S = "ab" }, new() { BOOL = true }] }).ShouldBe(3 + (1 + 2) + (1 + 1));
        AttributeValues.Size(new AttributeValue { M = new() { ["k"] = new() { S = "ab" } } }).ShouldBe(3 + 1 + 1 + 2);
    }

    [Test]
    public void CopyFrom_NumbersAnywhere_StoredCanonical()
    {
        var item = Item.CopyFrom(new Dictionary<string, AttributeValue>
        {
            ["n"] = new() { N = "1E+3" },
            ["ns"] = new() { NS = ["+1.50"] },
            ["l"] = new() { L = [new() { N = "007" }] },
            ["m"] = new() { M = new() { ["x"] = new() { N = "-0" } } },
        });
        var copy = item.ToResponse();
        copy["n"].N.ShouldBe("1000");
        copy["ns"].NS.ShouldBe(["1.5"]);
        copy["l"].L[0].N.ShouldBe("7");
        copy["m"].M["x"].N.ShouldBe("0");
    }

    [Test]
    public void CopyFrom_CallerMutatesAfterwards_StoredItemUnchanged()
    {
        var attributes = new Dictionary<string, AttributeValue> { ["l"] = new() { L = [new() { S = "a" }] } };
        var item = Item.CopyFrom(attributes);
        attributes["l"].L[0].S = "changed";
        attributes["x"] = new AttributeValue { S = "new" };
        item.ToResponse()["l"].L[0].S.ShouldBe("a");
        item.Attributes.ContainsKey("x").ShouldBeFalse();
        Encoding.UTF8.GetByteCount("l").ShouldBe(1);
    }
}
