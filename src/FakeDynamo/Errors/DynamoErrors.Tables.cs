namespace FakeDynamo.Errors;

/// <summary>
/// Table control-plane state errors (spec data-plane §8). Evidence tags: [DYN] dynalite, [MOTO], [ALT] Alternator,
/// [LAB] the public ack-api-quirks DynamoDB lab (live runs against AWS, 2026-10), [TF] terraform-provider-aws comments
/// quoting the service.
/// </summary>
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

    /// <summary>Change of a table that is CREATING (data-plane §8.3, [DYN]).</summary>
    public static ServiceError TableBeingCreated(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being created: {name}");

    /// <summary>
    /// Change of a table that is UPDATING. The tail per state is not pinned down (data-plane §8.4, §10.3; [TF] quotes only
    /// "…: Table is being"); most plausible wording, modelled on the CREATING text.
    /// </summary>
    public static ServiceError TableBeingUpdated(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being updated: {name}");

    /// <summary>Change of a table that is DELETING. Text unknown; most plausible wording, modelled on the CREATING text.</summary>
    public static ServiceError TableBeingDeleted(string name) =>
        new("ResourceInUseException", $"Attempt to change a resource which is still in use: Table is being deleted: {name}");

    /// <summary>
    /// DeleteTable with deletion protection. [LAB DDB-TABLE-442, live us-east-1/us-west-2 2026-10]; it replaces moto's
    /// <c>Table '…' can't be deleted while DeletionProtectionEnabled is set to True</c> (data-plane §8.3, Medium), which the
    /// live runs did not reproduce.
    /// </summary>
    public static ServiceError DeletionProtected(string name) =>
        Validation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");

    /// <summary>
    /// Too many simultaneous table operations: [TF] quotes the service as
    /// <c>Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted simultaneously</c> (backup-api §12).
    /// </summary>
    public static ServiceError TooManyTableOperations(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} tables can be created, updated, or deleted simultaneously");

    /// <summary>More tables with secondary indexes in CREATING than allowed. Text unknown; most plausible wording, after the [TF] text.</summary>
    public static ServiceError TooManyCreatingTablesWithIndexes(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} tables with secondary indexes can be in the CREATING state simultaneously");

    /// <summary>Table count quota. Text unknown (backup-api §16); most plausible wording, after the [TF] text.</summary>
    public static ServiceError TooManyTables(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} tables can be created per account and region");

    /// <summary>Legacy length text for control-plane names (data-plane §8.1, backup-api §2.2).</summary>
    public static ServiceError TableNameLength() =>
        Validation("TableName must be at least 3 characters long and at most 255 characters long");

    /// <summary>Missing TableName on control-plane operations (data-plane §8.1).</summary>
    public static ServiceError TableNameRequired() =>
        Validation("The parameter 'TableName' is required but was not present in the request");

    /// <summary>A table ARN that cannot name a table of this account and region ([DYN] tagResource, [LAB] other-region ARN).</summary>
    public static ServiceError InvalidTableArn(string arn) =>
        Validation($"Invalid TableArn: Invalid ResourceArn provided as input {arn}");

    /// <summary>A second GSI create/delete while one is in flight, or two in one call ([LAB DDB-TABLE-159], [DYN]; data-plane §8.4).</summary>
    public static ServiceError OneOnlineIndexAtATime() =>
        new("LimitExceededException", "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");

    /// <summary>UpdateTable GSI create beyond 20 indexes ([LAB DDB-TABLE-443]: LimitExceeded via UpdateTable).</summary>
    public static ServiceError TooManyGlobalIndexesOnUpdate(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Number of global secondary indexes exceeds per-table limit of {limit}");

    /// <summary>
    /// UpdateTable Delete/Update of a GSI the table does not have: ResourceNotFound [ALT]; data-plane §8.1 gives the
    /// control-plane table text for "a missing GSI in some paths".
    /// </summary>
    public static ServiceError IndexNotFound(string tableName) => TableResourceNotFound(tableName);
}
