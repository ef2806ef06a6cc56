using System.Text;

namespace FakeDynamo.Engine;

/// <summary>
/// Generated identifiers, reproducible when the options carry a seed: table ids (GUIDs), backup ARN suffixes
/// (8 lowercase hex) and request ids (52 characters of A–Z and 0–9, as the service's).
/// </summary>
internal sealed class Ids
{
    private const string RequestIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private readonly object _gate = new();
    private readonly Random _random;

    public Ids(int? seed) => _random = seed is { } s ? new Random(s) : new Random();

    public Guid NewTableId()
    {
        var bytes = new byte[16];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public string NewBackupSuffix()
    {
        lock (_gate)
        {
            string suffix;
            do
            {
                // 32 random bits, like the service's suffixes (e.g. b308cd7d).
                var bytes = new byte[4];
                _random.NextBytes(bytes);
                suffix = Convert.ToHexStringLower(bytes);
            }
            while (suffix == "00000000"); // reserved for SYSTEM backups
            return suffix;
        }
    }

    public string NewRequestId()
    {
        var sb = new StringBuilder(52);
        lock (_gate)
        {
            for (var i = 0; i < 52; i++)
            {
                sb.Append(RequestIdAlphabet[_random.Next(RequestIdAlphabet.Length)]);
            }
        }

        return sb.ToString();
    }

    /// <summary>A reproducible coin flip (the backup uncertainty window).</summary>
    public bool NextBool()
    {
        lock (_gate)
        {
            return _random.Next(2) == 1;
        }
    }
}
