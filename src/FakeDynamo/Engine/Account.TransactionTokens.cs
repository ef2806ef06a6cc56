using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Engine;

/// <summary>ClientRequestToken idempotency of TransactWriteItems (data-plane §7.4, §9).</summary>
internal sealed partial class Account
{
    /// <summary>A token stays valid this long after the first request with it completed (data-plane §7.4).</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (string Fingerprint, DateTimeOffset CompletedAt, TransactWriteItemsResponse Response)> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens of transactions still running (guarded by <see cref="_tokens"/>).</summary>
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);

    /// <summary>
    /// The response of an earlier successful request with this token and the same parameters, still within
    /// <see cref="TokenLifetime"/> on the clock; null when the token is new (or expired). Same token with different
    /// parameters → IdempotentParameterMismatchException; a request with the token still running →
    /// TransactionInProgressException. When null is returned the token is marked running: end with
    /// <see cref="EndTransaction"/>.
    /// </summary>
    public TransactWriteItemsResponse? BeginTransaction(string token, string fingerprint)
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue(token, out var seen) && Now - seen.CompletedAt < TokenLifetime)
            {
                return seen.Fingerprint == fingerprint ? seen.Response : throw DynamoErrors.IdempotentParameterMismatch();
            }

            if (!_running.Add(token))
            {
                throw DynamoErrors.TransactionInProgress();
            }

            return null;
        }
    }

    /// <summary>
    /// Ends a transaction begun with <paramref name="token"/>; a successful one (non-null response) is remembered. Only successful ones are remembered (decision, docs/transactions.md): a
    /// cancelled transaction wrote nothing, so retrying it with the same token simply runs it again.
    /// </summary>
    public void EndTransaction(string token, string fingerprint, TransactWriteItemsResponse? response)
    {
        lock (_tokens)
        {
            _running.Remove(token);
            if (response is null)
            {
                return;
            }

            var now = Now;
            foreach (var expired in _tokens.Where(t => now - t.Value.CompletedAt >= TokenLifetime).Select(t => t.Key).ToList())
            {
                _tokens.Remove(expired);
            }

            _tokens[token] = (fingerprint, now, response);
        }
    }
}
