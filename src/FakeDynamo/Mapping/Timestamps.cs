using System.Globalization;

namespace FakeDynamo.Mapping;

/// <summary>
/// Timestamp conversions as the SDK performs them on the wire (backup-api §1.5): requests are truncated to the
/// millisecond after <c>ToUniversalTime()</c> (Local and Unspecified are local time); responses are
/// <c>UnixEpoch.AddSeconds(ms / 1000.0)</c>, which is 100 ns short for fractional seconds, exactly as the SDK
/// deserializes them.
/// </summary>
internal static class Timestamps
{
    public static DateTime ToResponse(DateTimeOffset instant) =>
        DateTime.UnixEpoch.AddSeconds(instant.ToUnixTimeMilliseconds() / 1000.0);

    public static DateTimeOffset FromRequest(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        var milliseconds = (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    /// <summary>Truncates to the millisecond (the precision the service keeps).</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    /// <summary>Stream labels look like <c>2026-01-01T00:00:00.000</c>.</summary>
    public static string StreamLabel(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
