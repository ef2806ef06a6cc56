using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Backups;
using FakeDynamo.Engine;
using FakeDynamo.Mapping;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>ContinuousBackups operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<DescribeContinuousBackupsResponse> DescribeContinuousBackupsAsync(DescribeContinuousBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeContinuousBackupsRequest, DescribeContinuousBackupsResponse>(request, cancellationToken, DescribeContinuousBackups);

    /// <inheritdoc />
    public virtual Task<RestoreTableToPointInTimeResponse> RestoreTableToPointInTimeAsync(RestoreTableToPointInTimeRequest request, CancellationToken cancellationToken = default) =>
        Invoke<RestoreTableToPointInTimeRequest, RestoreTableToPointInTimeResponse>(request, cancellationToken, RestoreTableToPointInTime);

    /// <inheritdoc />
    public virtual Task<UpdateContinuousBackupsResponse> UpdateContinuousBackupsAsync(UpdateContinuousBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateContinuousBackupsRequest, UpdateContinuousBackupsResponse>(request, cancellationToken, UpdateContinuousBackups);

    private DescribeContinuousBackupsResponse DescribeContinuousBackups(DescribeContinuousBackupsRequest request)
    {
        ContinuousBackupsValidation.Describe(request, _account.Region);
        // The description is read under the account gate (re-entered), so a concurrent update cannot tear it.
        lock (_account.Gate)
        {
            var table = _account.DescribeContinuousBackups(request.TableName);
            return new DescribeContinuousBackupsResponse { ContinuousBackupsDescription = ContinuousBackupsDescriptionOf(table) };
        }
    }

    private UpdateContinuousBackupsResponse UpdateContinuousBackups(UpdateContinuousBackupsRequest request)
    {
        ContinuousBackupsValidation.Update(request, _account.Region);
        var spec = request.PointInTimeRecoverySpecification;
        lock (_account.Gate)
        {
            var table = _account.UpdateContinuousBackups(request.TableName, spec.PointInTimeRecoveryEnabled!.Value, spec.RecoveryPeriodInDays);

            // The response echoes the Describe shape, not the request (backup-api §11), as of the same instant.
            return new UpdateContinuousBackupsResponse { ContinuousBackupsDescription = ContinuousBackupsDescriptionOf(table) };
        }
    }

    private RestoreTableToPointInTimeResponse RestoreTableToPointInTime(RestoreTableToPointInTimeRequest request)
    {
        PointInTimeRestoreValidation.Validate(request);

        // RestoreDateTime as the SDK sends it: UTC, truncated to the millisecond (backup-api §1.5).
        var point = request.RestoreDateTime is { } at ? Timestamps.FromRequest(at) : (DateTimeOffset?)null;
        var overrides = RestoreOverrides.From(request);
        var table = _account.RestoreTableToPointInTime(
            request.TargetTableName, request.SourceTableName, request.SourceTableArn, point, source => RestorePlanner.Plan(source, overrides));
        return new RestoreTableToPointInTimeResponse { TableDescription = AdmittedRestoreDescription(table) };
    }

    private ContinuousBackupsDescription ContinuousBackupsDescriptionOf(Table table)
    {
        var now = _account.Now;

        // ContinuousBackupsStatus is not the PITR switch: DISABLED while backups are being enabled, then ENABLED for good.
        var description = new ContinuousBackupsDescription
        {
            ContinuousBackupsStatus = _account.BackupsBeingEnabled(table, now) ? ContinuousBackupsStatus.DISABLED : ContinuousBackupsStatus.ENABLED,
        };
        if (_account.WindowOf(table, now) is not { } window)
        {
            description.PointInTimeRecoveryDescription = new PointInTimeRecoveryDescription { PointInTimeRecoveryStatus = PointInTimeRecoveryStatus.DISABLED };
            return description;
        }

        description.PointInTimeRecoveryDescription = new PointInTimeRecoveryDescription
        {
            PointInTimeRecoveryStatus = PointInTimeRecoveryStatus.ENABLED,
            RecoveryPeriodInDays = table.PitrRecoveryPeriodDays,
            EarliestRestorableDateTime = Timestamps.ToResponse(window.Earliest),
            LatestRestorableDateTime = Timestamps.ToResponse(window.Latest),
        };
        return description;
    }
}
