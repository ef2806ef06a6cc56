namespace FakeDynamo.Engine;

/// <summary>Table statuses as the service spells them.</summary>
internal enum TableStatus
{
    Creating,
    Active,
    Updating,
    Deleting,
}
