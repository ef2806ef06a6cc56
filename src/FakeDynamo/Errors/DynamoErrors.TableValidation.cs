namespace FakeDynamo.Errors;

/// <summary>
/// CreateTable / UpdateTable request-check texts (spec data-plane §8.2, §8.4). Evidence tags as in
/// <c>DynamoErrors.Tables.cs</c>; [LAB] texts come from the lab's ValidationException catalogue (DDB-TABLE-442).
/// </summary>
internal static partial class DynamoErrors
{
    private const string TablesInvalidPrefix = "One or more parameter values were invalid: ";

    /// <summary>PROVISIONED without both units (data-plane §8.2.2, [DYN], [MOTO-V]).</summary>
    public static ServiceError ThroughputRequiredForProvisioned() =>
        Validation(TablesInvalidPrefix + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");

    /// <summary>PAY_PER_REQUEST with ProvisionedThroughput (data-plane §8.2.2 [DYN], §10.7; [LAB] live for UpdateTable and CreateTable).</summary>
    public static ServiceError ThroughputWithPayPerRequest() =>
        Validation(TablesInvalidPrefix + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");

    /// <summary>Units above 1,000,000,000,000 (data-plane §8.2.2, [DYN]).</summary>
    public static ServiceError ThroughputOutOfBounds(long value, string member) =>
        Validation($"Given value {value} for {member} is out of bounds");

    /// <summary>GSI throughput on an on-demand CreateTable (data-plane §8.2.2, High).</summary>
    public static ServiceError IndexThroughputWithPayPerRequest(string index) =>
        Validation(TablesInvalidPrefix + $"ProvisionedThroughput should not be specified for index: {index} when BillingMode is PAY_PER_REQUEST");

    /// <summary>GSI without throughput on a provisioned CreateTable ([LAB]).</summary>
    public static ServiceError IndexThroughputNotSpecified(string index) =>
        Validation(TablesInvalidPrefix + $"ProvisionedThroughput is not specified for index: {index}");

    /// <summary>On-demand maxima on a provisioned table ([LAB]); <paramref name="member"/> is MaxReadRequestUnits or MaxWriteRequestUnits.</summary>
    public static ServiceError OnDemandMaximumOnProvisioned(string member) =>
        Validation(TablesInvalidPrefix + $"{member} for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED");

    /// <summary>On-demand maximum of 0 or less at CreateTable ([LAB]).</summary>
    public static ServiceError OnDemandMaximumOutOfRange(string member) =>
        Validation(TablesInvalidPrefix + $"Requested {member} for OnDemandThroughput for table is outside of valid range");

    /// <summary>More key elements than definitions (data-plane §8.2.3, [DYN]; "attribute have" is the service's).</summary>
    public static ServiceError KeyAttributeHasNoDefinition() => Validation("Invalid KeySchema: Some index key attribute have no definition");

    /// <summary>Key attribute not in AttributeDefinitions (data-plane §8.2.3, [DYN]).</summary>
    public static ServiceError KeysNotDefined(IEnumerable<string> keys, IEnumerable<string> definitions) =>
        Validation(TablesInvalidPrefix + $"Some index key attributes are not defined in AttributeDefinitions. Keys: [{string.Join(", ", keys)}], AttributeDefinitions: [{string.Join(", ", definitions)}]");

    /// <summary>Hash and range with one name (data-plane §8.2.3, [DYN]).</summary>
    public static ServiceError HashAndRangeSameName() => Validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");

    /// <summary>First element not HASH (data-plane §8.2.3, [DYN]).</summary>
    public static ServiceError FirstKeyNotHash() => Validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");

    /// <summary>Second element not RANGE (data-plane §8.2.3, [DYN]).</summary>
    public static ServiceError SecondKeyNotRange() => Validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");

    /// <summary>Unused definitions without indexes (data-plane §8.2.3, [DYN]).</summary>
    public static ServiceError KeyCountMismatch() =>
        Validation(TablesInvalidPrefix + "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");

    /// <summary>Unused definitions with indexes (data-plane §8.2.3 [MOTO], confirmed by [LAB]); both lists sorted.</summary>
    public static ServiceError UnusedAttributeDefinitions(IEnumerable<string> definitions, IEnumerable<string> used) =>
        Validation(TablesInvalidPrefix + $"Some AttributeDefinitions are not used. AttributeDefinitions: [{string.Join(", ", definitions)}], keys used: [{string.Join(", ", used)}]");

    /// <summary>An attribute defined twice (data-plane §8.2.3 says "contains 'uplicate' and the name" [ALT]; exact text [LAB]).</summary>
    public static ServiceError DuplicateAttributeDefinition(string name) => Validation($"Attribute Name is duplicated: {name}");

    /// <summary><c>LocalSecondaryIndexes: []</c> / <c>GlobalSecondaryIndexes: []</c> (data-plane §8.2.4-5, [DYN]).</summary>
    public static ServiceError IndexListEmpty(string member) => Validation(TablesInvalidPrefix + $"List of {member} is empty");

    /// <summary>LSI on a table without a range key (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError LocalIndexNeedsTableRangeKey() =>
        Validation(TablesInvalidPrefix + "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");

    /// <summary>LSI without a range key (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError IndexHasNoRangeKey(string index) => Validation(TablesInvalidPrefix + $"Index KeySchema does not have a range key for index: {index}");

    /// <summary>LSI with another hash key (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError IndexHashKeyDiffers(string index, string indexHash, string tableHash) =>
        Validation(TablesInvalidPrefix + $"Index KeySchema does not have the same leading hash key as table KeySchema for index: {index}. index hash key: {indexHash}, table hash key: {tableHash}");

    /// <summary>Projection without a type (data-plane §8.2.4, [DYN], [ALT]).</summary>
    public static ServiceError UnknownProjectionType() => Validation(TablesInvalidPrefix + "Unknown ProjectionType: null");

    /// <summary>NonKeyAttributes with ALL / KEYS_ONLY (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError NonKeyAttributesNotAllowed(string projectionType) =>
        Validation(TablesInvalidPrefix + $"ProjectionType is {projectionType}, but NonKeyAttributes is specified");

    /// <summary>INCLUDE without NonKeyAttributes ([LAB]).</summary>
    public static ServiceError NonKeyAttributesMissing() => Validation(TablesInvalidPrefix + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");

    /// <summary>Duplicate index name, LSI vs GSI included (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError DuplicateIndexName(string index) => Validation(TablesInvalidPrefix + $"Duplicate index name: {index}");

    /// <summary>More than 5 LSIs (data-plane §8.2.4, [DYN]).</summary>
    public static ServiceError TooManyLocalIndexes(int limit) =>
        Validation(TablesInvalidPrefix + $"Number of LocalSecondaryIndexes exceeds per-table limit of {limit}");

    /// <summary>More than 20 GSIs at CreateTable (data-plane §8.2.5, [DYN], [LAB]).</summary>
    public static ServiceError TooManyGlobalIndexes(int limit) =>
        Validation(TablesInvalidPrefix + $"GlobalSecondaryIndex count exceeds the per-table limit of {limit}");

    /// <summary>More than 100 projected non-key attributes across indexes (data-plane §8.2.6 [DG]). Text unknown; most plausible wording.</summary>
    public static ServiceError TooManyNonKeyAttributes(int limit) =>
        Validation(TablesInvalidPrefix + $"The number of attributes in key schema and projections of all indexes exceeds the limit of {limit}");

    /// <summary>Unknown table class ([LAB], CreateTable and UpdateTable).</summary>
    public static ServiceError InvalidTableClass() =>
        Validation("Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].");

    /// <summary>CreateTable stream enabled without a view type ([LAB]; "UpdateViewType" is the service's wording).</summary>
    public static ServiceError CreateStreamNeedsViewType() =>
        Validation(TablesInvalidPrefix + "Table is being created with a stream enabled, UpdateViewType is required");

    /// <summary>CreateTable stream disabled with a view type ([LAB]).</summary>
    public static ServiceError CreateStreamDisabledWithViewType() =>
        Validation(TablesInvalidPrefix + "Table is being created with a stream disabled, UpdateViewType should not be specified");

    /// <summary>UpdateTable enabling a stream without a view type ([LAB]).</summary>
    public static ServiceError UpdateStreamNeedsViewType() => Validation(TablesInvalidPrefix + "If stream is being enabled then UpdateViewType is required");

    /// <summary>UpdateTable disabling a stream with a view type ([LAB]).</summary>
    public static ServiceError UpdateStreamDisabledWithViewType() =>
        Validation(TablesInvalidPrefix + "If stream is being disabled, then UpdateViewType must not be specified");

    /// <summary>SSE members with Enabled=false ([LAB]).</summary>
    public static ServiceError SseMemberWithoutEnabled(string member) => Validation(TablesInvalidPrefix + $"{member} can not be specified if Enabled is false");

    /// <summary>UpdateTable with nothing to change ([LAB] live 2026-10; data-plane §8.4 has dynalite's older, shorter list).</summary>
    public static ServiceError NothingToUpdate(bool multiRegionConsistencyGiven) =>
        Validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, ReplicaTransitRoleArn, "
            + (multiRegionConsistencyGiven ? string.Empty : "MultiRegionConsistency, ")
            + "DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required");

    /// <summary>A modification that must be alone in its UpdateTable call ([LAB]: SSE, TableClass, DeletionProtection).</summary>
    public static ServiceError MustBeOnlyOperation(string what) => Validation(TablesInvalidPrefix + $"{what} modification must be the only operation in the request");

    /// <summary>Incompatible UpdateTable combinations ([LAB]).</summary>
    public static ServiceError IndexChangeWithThroughput() => Validation(TablesInvalidPrefix + "You cannot create or delete index while updating table IOPS");

    /// <summary>Stream change together with throughput ([LAB]).</summary>
    public static ServiceError StreamChangeWithThroughput() => Validation(TablesInvalidPrefix + "You cannot modify stream status while updating table IOPS");

    /// <summary>Index create/delete together with a stream change ([LAB]).</summary>
    public static ServiceError IndexChangeWithStream() => Validation(TablesInvalidPrefix + "You cannot create or delete index while changing stream status");

    /// <summary>Same throughput as now (data-plane §8.4, [DYN], [LAB]).</summary>
    public static ServiceError ThroughputUnchanged(long read, long write) =>
        Validation($"The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: {read}. Requested ReadCapacityUnits: {read}. Current WriteCapacityUnits provisioned for the table: {write}. Requested WriteCapacityUnits: {write}. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");

    /// <summary>Switch to PROVISIONED without throughput (data-plane §8.4, [LAB]).</summary>
    public static ServiceError ThroughputRequiredOnSwitch() => Validation(TablesInvalidPrefix + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");

    /// <summary>Provisioned table's GSIs lacking throughput (data-plane §8.4, [LAB]); names joined by ",".</summary>
    public static ServiceError IndexThroughputRequired(IEnumerable<string> indexes) =>
        Validation(TablesInvalidPrefix + $"ProvisionedThroughput must be specified for index: {string.Join(",", indexes)}");

    /// <summary>GSI throughput on an on-demand table via UpdateTable ([LAB]).</summary>
    public static ServiceError IndexThroughputOnPayPerRequestUpdate(string index) =>
        Validation(TablesInvalidPrefix + $"Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: {index} when BillingMode is PAY_PER_REQUEST");

    /// <summary>GSI update element with no action (data-plane §8.4, [DYN]).</summary>
    public static ServiceError IndexUpdateWithoutAction() =>
        Validation(TablesInvalidPrefix + "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");

    /// <summary>GSI update element with two actions ([LAB]).</summary>
    public static ServiceError IndexUpdateWithTwoActions() =>
        Validation(TablesInvalidPrefix + "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object");

    /// <summary>Same index twice in one call (data-plane §8.4, [DYN]).</summary>
    public static ServiceError IndexUpdatedTwice(string index) =>
        Validation(TablesInvalidPrefix + $"Only one global secondary index update per index is allowed simultaneously. Index: {index}");

    /// <summary>Create of an index name the table has (data-plane §8.4 "already exists" [ALT]; exact [LAB]).</summary>
    public static ServiceError IndexAlreadyExists() => Validation("Attempting to create an index which already exists");

    /// <summary>Delete/Update of an LSI ([LAB]); <paramref name="verb"/> is "delete" or "update".</summary>
    public static ServiceError NotAGlobalIndex(string verb, string index) => Validation($"Cannot {verb} an index that is not a GlobalSecondaryIndex: {index}");

    /// <summary>New GSI key with no definition in the request or the table ([LAB]).</summary>
    public static ServiceError IndexAttributeNotDefined(string index) => Validation(TablesInvalidPrefix + $"AttributeDefinitions is not specified for index: {index}");

    /// <summary>Redefinition of an attribute's type (data-plane §8.4 [ALT]; exact whitespace unknown, one line here).</summary>
    public static ServiceError AttributeRedefined(string name, string keyType, char oldType, char newType) =>
        Validation(TablesInvalidPrefix + $"Attributes cannot be redefined. Please check that your attribute has the same type as previously defined. Existing schema: Schema:[SchemaElement: key{{{name}:{oldType}:{keyType}}}] New schema: Schema:[SchemaElement: key{{{name}:{newType}:{keyType}}}]");

    /// <summary>Enabling an enabled stream ([LAB]).</summary>
    public static ServiceError StreamAlreadyEnabled(string table) => Validation($"Table already has an enabled stream: TableName: {table}");

    /// <summary>Disabling a missing stream ([LAB]).</summary>
    public static ServiceError NoStreamToDisable(string table) => Validation($"Table has no stream to disable: TableName: {table}");
}
