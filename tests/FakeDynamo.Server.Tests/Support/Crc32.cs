namespace FakeDynamo.Server.Tests.Support;

/// <summary>
/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), computed bit by bit: an implementation independent of the
/// library's table-driven one, to check the <c>x-amz-crc32</c> header the SDKs verify.
/// </summary>
internal static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
