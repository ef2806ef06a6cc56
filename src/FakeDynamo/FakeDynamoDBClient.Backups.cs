using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Backups operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<CreateBackupResponse> CreateBackupAsync(CreateBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<CreateBackupRequest, CreateBackupResponse>(request, cancellationToken, _ => throw Unsupported("CreateBackup"));

    /// <inheritdoc />
    public virtual Task<DeleteBackupResponse> DeleteBackupAsync(DeleteBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DeleteBackupRequest, DeleteBackupResponse>(request, cancellationToken, _ => throw Unsupported("DeleteBackup"));

    /// <inheritdoc />
    public virtual Task<DescribeBackupResponse> DescribeBackupAsync(DescribeBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeBackupRequest, DescribeBackupResponse>(request, cancellationToken, _ => throw Unsupported("DescribeBackup"));

    /// <inheritdoc />
    public virtual Task<ListBackupsResponse> ListBackupsAsync(ListBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ListBackupsRequest, ListBackupsResponse>(request, cancellationToken, _ => throw Unsupported("ListBackups"));

    /// <inheritdoc />
    public virtual Task<RestoreTableFromBackupResponse> RestoreTableFromBackupAsync(RestoreTableFromBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<RestoreTableFromBackupRequest, RestoreTableFromBackupResponse>(request, cancellationToken, _ => throw Unsupported("RestoreTableFromBackup"));
}
