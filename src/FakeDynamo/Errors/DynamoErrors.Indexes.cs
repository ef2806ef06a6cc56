namespace FakeDynamo.Errors;

/// <summary>Errors of reads on secondary indexes (spec data-plane §5.1, §5.2).</summary>
internal static partial class DynamoErrors
{
    /// <summary>IndexName that the (existing) table does not have; Query and Scan (data-plane §5.1, DYN; ALT — High).</summary>
    public static ServiceError IndexNotOnTable(string indexName) =>
        Validation($"The table does not have the specified index: {indexName}");

    /// <summary>ConsistentRead=true on a GSI, Query or Scan (data-plane §5.1, DYN; ALT; MOTO; ISS quotes).</summary>
    public static ServiceError ConsistentReadOnGlobalIndex() =>
        Validation("Consistent reads are not supported on global secondary indexes");

    /// <summary>Select=ALL_ATTRIBUTES on a GSI whose projection is not ALL; no envelope on either op (data-plane §5.2, MOTO-V 2026).</summary>
    public static ServiceError AllAttributesOnGlobalIndex(string indexName) =>
        Validation($"One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index {indexName} because its projection type is not ALL");

    /// <summary>
    /// Query or Scan on a GSI that UpdateTable added and that is still CREATING (backfilling). Not in the spec; real
    /// boto3 output quoted in aws-cloudformation/cloudformation-coverage-roadmap#1075 (2022) — the quote shows no index
    /// name after the text, so none is added.
    /// </summary>
    public static ServiceError IndexBackfilling() => Validation("Cannot read from backfilling global secondary index");
}
