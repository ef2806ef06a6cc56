using System.Globalization;
using Amazon.Util;

namespace FakeDynamo.Mapping;

/// <summary>
/// Timestamp conversions as the SDK performs them on the wire: requests are rounded to the millisecond after
/// <c>ToUniversalTime()</c> (Local and Unspecified are local time; backup-api §1.5 said truncated — the SDK's
/// marshaller rounds); responses are
/// <c>UnixEpoch.AddSeconds(ms / 1000.0)</c>, which is 100 ns short for fractional seconds, exactly as the SDK
/// deserializes them.
/// </summary>
internal static class Timestamps
{
    public static DateTime ToResponse(DateTimeOffset instant) =>
        DateTime.UnixEpoch.AddSeconds(instant.ToUnixTimeMilliseconds() / 1000.0);

    /// <summary>
    /// The instant the SDK puts on the wire for a request timestamp: its own
    /// <c>AWSSDKUtils.ConvertToUnixEpochSecondsDecimal</c>, which rounds to the nearest millisecond (in double
    /// arithmetic) after <c>ToUniversalTime()</c> — observed with 4.0.109.3 by logging what the marshaller sends.
    /// </summary>
    public static DateTimeOffset FromRequest(DateTime value) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(AWSSDKUtils.ConvertToUnixEpochSecondsDecimal(value) * 1000m));

    /// <summary>Truncates to the millisecond (the precision the service keeps).</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    /// <summary>Stream labels look like <c>2026-01-01T00:00:00.000</c>.</summary>
    public static string StreamLabel(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
