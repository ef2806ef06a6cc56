using Amazon.Runtime;
using FakeDynamo.Errors;

namespace FakeDynamo.Faults;

/// <summary>
/// Makes chosen operations fail, for testing how application code handles the service's errors. A fault fires before
/// the operation touches the store, so nothing changes. Reach it through <see cref="FakeDynamoDBClient.Faults"/>.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<Rule> _rules = [];

    internal FaultInjector()
    {
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="operation"/> (its SDK name without "Async", e.g.
    /// <c>"CreateBackup"</c>) fail with <paramref name="error"/>, or with a 500 InternalServerError when it is null.
    /// </summary>
    /// <param name="operation">The operation name, e.g. <c>"PutItem"</c>.</param>
    /// <param name="count">How many calls fail; at least 1.</param>
    /// <param name="error">Makes the exception to throw; a fresh one per call. Null: InternalServerError.</param>
    public void FailNext(string operation, int count = 1, Func<Exception>? error = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!OperationNames.All.Contains(operation))
        {
            throw new ArgumentException($"'{operation}' is not an IAmazonDynamoDB operation name.", nameof(operation));
        }

        lock (_gate)
        {
            _rules.Add(new Rule((op, _) => op == operation, count, error));
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="operation"/> fail with the service error
    /// <paramref name="errorCode"/> (e.g. <c>"BackupInUseException"</c>) and <paramref name="message"/>, surfaced
    /// exactly as the real client would: the SDK's typed exception when the code is declared for that operation,
    /// otherwise a plain <see cref="Amazon.DynamoDBv2.AmazonDynamoDBException"/>; status 400 (500 for
    /// <c>"InternalServerError"</c>), ErrorType Unknown, a request id.
    /// </summary>
    /// <param name="operation">The operation name, e.g. <c>"CreateBackup"</c>.</param>
    /// <param name="errorCode">The service's error code (the wire type name without namespace).</param>
    /// <param name="message">The message the exception carries.</param>
    /// <param name="count">How many calls fail; at least 1.</param>
    public void FailNext(string operation, string errorCode, string message, int count = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ArgumentNullException.ThrowIfNull(message);
        FailNext(operation, count, () => DynamoErrors.Injected(errorCode, message));
    }

    /// <summary>
    /// Every call whose request matches <paramref name="predicate"/> fails with <paramref name="error"/> (or a 500
    /// InternalServerError) until <see cref="Clear"/> is called.
    /// </summary>
    /// <param name="predicate">Chooses the requests to fail.</param>
    /// <param name="error">Makes the exception to throw; a fresh one per call. Null: InternalServerError.</param>
    public void FailWhen(Func<AmazonWebServiceRequest, bool> predicate, Func<Exception>? error = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (_gate)
        {
            _rules.Add(new Rule((_, request) => predicate(request), null, error));
        }
    }

    /// <summary>Removes every configured fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Throws the configured fault for this call, if any.</summary>
    internal void Check(string operation, AmazonWebServiceRequest request)
    {
        Rule? hit = null;
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Matches(operation, request))
                {
                    hit = rule;
                    if (rule.Remaining is { } remaining)
                    {
                        rule.Remaining = remaining - 1;
                        if (rule.Remaining == 0)
                        {
                            _rules.Remove(rule);
                        }
                    }

                    break;
                }
            }
        }

        if (hit is null)
        {
            return;
        }

        throw hit.Error?.Invoke() ?? DynamoErrors.InternalServerError();
    }

    private sealed class Rule(Func<string, AmazonWebServiceRequest, bool> matches, int? remaining, Func<Exception>? error)
    {
        public Func<string, AmazonWebServiceRequest, bool> Matches { get; } = matches;

        public int? Remaining { get; set; } = remaining;

        public Func<Exception>? Error { get; } = error;
    }
}
