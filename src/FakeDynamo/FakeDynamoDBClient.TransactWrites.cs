using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>TransactWriteItems (data-plane §7.1–§7.4, §7.6).</summary>
public partial class FakeDynamoDBClient
{
    /// <summary>
    /// Phases (data-plane §7.2): request checks (whole-request ValidationExceptions); the idempotency token; every table
    /// (ResourceNotFound); each action's key and item against its table (the first failure cancels with reason
    /// ValidationError, the others None; empty key strings and duplicate targets are whole-request errors); then, under
    /// the write gates of all tables, every condition against one consistent state (all evaluated) and the writes.
    /// </summary>
    private TransactWriteItemsResponse TransactWriteItems(TransactWriteItemsRequest request)
    {
        var actions = TransactWriteValidation.Check(request);
        var token = request.ClientRequestToken; // null (the SDK object before marshalling): no idempotency (§9)
        var fingerprint = token is null ? null : RequestFingerprint.Of(request);
        var tables = actions.Select(a => _account.UsableTable(a.TableName)).ToList();
        if (token is not null && _account.BeginTransaction(token, fingerprint!) is not null)
        {
            return Replayed(request, actions, tables);
        }

        TransactWriteItemsResponse? response = null;
        try
        {
            response = Execute(request, actions, tables);
            return response;
        }
        finally
        {
            if (token is not null)
            {
                _account.EndTransaction(token, fingerprint!, response);
            }
        }
    }

    private TransactWriteItemsResponse Execute(TransactWriteItemsRequest request, IReadOnlyList<TransactWriteAction> actions, List<Table> tables)
    {
        var keys = ActionKeys(actions, tables);
        var results = new (Item? Old, Item? New)[actions.Count];
        _account.CommitTransaction(tables, cut =>
        {
            var reasons = new List<CancellationReason>();
            var writes = new List<(Table, PrimaryKey, Item?)>();
            for (var i = 0; i < actions.Count; i++)
            {
                var (reason, old, next) = Evaluate(actions[i], tables[i], keys[i], cut[tables[i]].Get(keys[i]));
                reasons.Add(reason ?? new CancellationReason { Code = DynamoErrors.ReasonNone });
                results[i] = (old, next);
                if (actions[i].Kind != TransactWriteKind.ConditionCheck && (old is not null || next is not null))
                {
                    writes.Add((tables[i], keys[i], next));
                }
            }

            return reasons.Any(r => r.Code != DynamoErrors.ReasonNone) ? throw DynamoErrors.TransactionCanceled(reasons) : writes;
        });

        return new TransactWriteItemsResponse
        {
            ConsumedCapacity = TransactionCapacity.PerTable(request.ReturnConsumedCapacity, actions.Select((a, i) => (tables[i], a.TableName,
                a.Kind == TransactWriteKind.ConditionCheck
                    ? CapacityUnits.Read(request.ReturnConsumedCapacity, a.TableName, CapacityUnits.ReadUnits(results[i].Old?.Size ?? 0, consistent: true))
                    : CapacityUnits.Write(request.ReturnConsumedCapacity, a.TableName, tables[i].Schema, results[i].Old, results[i].New)))),
            ItemCollectionMetrics = CollectionMetricsOf(request, actions, tables, keys),
        };
    }

    /// <summary>Each action's primary key, with the table-dependent checks of Put/Update/DeleteItem (data-plane §2.7, §7.2).</summary>
    private static List<PrimaryKey> ActionKeys(IReadOnlyList<TransactWriteAction> actions, List<Table> tables)
    {
        var keys = new PrimaryKey?[actions.Count];
        (int Index, ServiceError Error)? firstInvalid = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var schema = tables[i].Schema;
            try
            {
                var action = actions[i];
                keys[i] = action.Kind == TransactWriteKind.Put ? Keys.FromItem(schema, action.KeyOrItem) : Keys.FromKey(schema, action.KeyOrItem);
                if (action.Kind == TransactWriteKind.Put)
                {
                    Keys.CheckIndexKeys(schema, action.KeyOrItem);
                }

                CheckNoKeyUpdate(schema, action.Update);
            }
            catch (ServiceError error) when (error.Code == "ValidationException" && !IsWholeRequestError(error))
            {
                firstInvalid ??= (i, error);
            }
        }

        // Duplicate targets are a whole-request error (data-plane §7.1, §7.2), compared by value.
        var seen = new HashSet<(Table, PrimaryKey)>();
        if (Enumerable.Range(0, actions.Count).Any(i => keys[i] is { } key && !seen.Add((tables[i], key))))
        {
            throw DynamoErrors.TransactDuplicateItem();
        }

        if (firstInvalid is { } invalid)
        {
            // Only the first invalid action is reported; every other action says None (data-plane §7.2 [ALT]).
            throw DynamoErrors.TransactionCanceled(actions.Select((_, i) => i == invalid.Index
                ? DynamoErrors.ValidationErrorReason(invalid.Error.Message)
                : new CancellationReason { Code = DynamoErrors.ReasonNone }).ToList());
        }

        return keys.Select(k => k!).ToList();
    }

    /// <summary>
    /// Empty key strings (table and index keys) are whole-request ValidationExceptions even though they need the
    /// schema (data-plane §7.2 [ALT]); both texts, and only they, begin "…are not valid." (DynamoErrors.Items).
    /// </summary>
    private static bool IsWholeRequestError(ServiceError error) =>
        error.Message.StartsWith("One or more parameter values are not valid.", StringComparison.Ordinal);

    /// <summary>One action against the consistent state: its cancellation reason (null: none), the old and the new item.</summary>
    private static (CancellationReason? Reason, Item? Old, Item? New) Evaluate(TransactWriteAction action, Table table, PrimaryKey key, Item? old)
    {
        if (action.Condition is not null && !action.Condition.Matches(old?.Attributes))
        {
            // ALL_OLD returns the existing item only (data-plane §7.3 [MOTO-V]).
            return (DynamoErrors.ConditionalCheckFailedReason(action.ReturnOldOnFailure ? old?.ToResponse() : null), old, old);
        }

        try
        {
            return action.Kind switch
            {
                TransactWriteKind.Put => (null, old, Item.CopyFrom(action.KeyOrItem)),
                TransactWriteKind.Delete => (null, old, null),
                TransactWriteKind.Update => (null, old, UpdatedItem(table.Schema, action.Update, old, KeyMap(table.Schema, key)!)),
                _ => (null, old, old),
            };
        }
        catch (ServiceError error) when (error.Code == "ValidationException")
        {
            // Update semantics are UpdateItem's (§7.3); its data errors become the action's ValidationError reason.
            return (DynamoErrors.ValidationErrorReason(error.Message), old, old);
        }
    }
}
