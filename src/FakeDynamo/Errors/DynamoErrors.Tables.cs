namespace FakeDynamo.Errors;

/// <summary>Table control-plane errors (spec data-plane §8).</summary>
internal static partial class DynamoErrors
{
    /// <summary>Control-plane not found: <c>Requested resource not found: Table: &lt;name&gt; not found</c> (data-plane §8.1, High).</summary>
    public static ServiceError TableResourceNotFound(string name) =>
        new("ResourceNotFoundException", $"Requested resource not found: Table: {name} not found");

    /// <summary>Data-plane not found: <c>Requested resource not found</c>, no table name (data-plane §4.1, High).</summary>
    public static ServiceError ResourceNotFound() => new("ResourceNotFoundException", "Requested resource not found");

    /// <summary>CreateTable of an existing name: <c>Table already exists: &lt;name&gt;</c> (data-plane §8.2.7, Medium-High).</summary>
    public static ServiceError TableAlreadyExistsInUse(string name) => new("ResourceInUseException", $"Table already exists: {name}");

    /// <summary>CreateTable over a name that is mid-restore: <c>Table is being used: &lt;name&gt;</c> (backup-api §9.2).</summary>
    public static ServiceError TableBeingUsed(string name) => new("ResourceInUseException", $"Table is being used: {name}");

    /// <summary>Change of a table that is CREATING (data-plane §8.3, dynalite).</summary>
    public static ServiceError TableBeingCreated(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being created: {name}");

    /// <summary>Change of a table that is UPDATING. Tail per state not pinned down (data-plane §8.4); modelled on the CREATING text.</summary>
    public static ServiceError TableBeingUpdated(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being updated: {name}");

    /// <summary>Change of a table that is DELETING. Tail not pinned down; modelled on the CREATING text.</summary>
    public static ServiceError TableBeingDeleted(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being deleted: {name}");

    /// <summary>DeleteTable with deletion protection (data-plane §8.3, moto, Medium).</summary>
    public static ServiceError DeletionProtected(string name) =>
        ValidationEnveloped($"Table '{name}' can't be deleted while DeletionProtectionEnabled is set to True");

    /// <summary>
    /// Too many simultaneous table operations. The service's text for this case is not captured (backup-api §12,
    /// data-plane §10.3); this wording follows the service's other "Subscriber limit exceeded" texts.
    /// </summary>
    public static ServiceError TooManyTableOperations(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} tables can be created, updated or deleted simultaneously");

    /// <summary>More than the allowed tables with indexes in CREATING. Text not captured; modelled on the restore quota's wording.</summary>
    public static ServiceError TooManyCreatingTablesWithIndexes(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} table(s) with secondary indexes can be in the CREATING state at any point in time");

    /// <summary>Table count quota. Text not captured; modelled on the service's other "Subscriber limit exceeded" texts.</summary>
    public static ServiceError TooManyTables(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: You have exceeded the maximum number of tables allowed ({limit})");

    /// <summary>Legacy length text for control-plane names (data-plane §8.1, backup-api §2.2).</summary>
    public static ServiceError TableNameLength() =>
        Validation("TableName must be at least 3 characters long and at most 255 characters long");

    /// <summary>Missing TableName on control-plane operations (data-plane §8.1).</summary>
    public static ServiceError TableNameRequired() =>
        Validation("The parameter 'TableName' is required but was not present in the request");
}
