using System.Text;

namespace Sitrep.Ingest.Internal;

/// <summary>
/// Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Invalid UTF-8 is an error naming the
/// byte offset, never replacement characters; NUL bytes or many control characters mean a binary file.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null and a one-line reason.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], Encoding.Unicode, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode, out error);
        }

        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes[bom..];
        if (LooksBinary(body))
        {
            error = "binary file (contains NUL or control bytes), not text";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            int offset = FirstInvalidUtf8(body);
            error = $"invalid UTF-8 at byte offset {(offset >= 0 ? offset + bom : ex.Index + bom)} (not UTF-8 or UTF-16 with BOM)";
            return null;
        }
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> body, Encoding encoding, out string? error)
    {
        error = null;
        if (body.Length % 2 != 0)
        {
            error = "invalid UTF-16: odd number of bytes";
            return null;
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-16 at byte offset {ex.Index + 2}";
            return null;
        }
    }

    /// <summary>
    /// Where the first invalid UTF-8 sequence starts. DecoderFallbackException.Index is relative to the
    /// decoder's internal buffer, so the exact offset is found with the span validator instead.
    /// </summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    /// <summary>NUL bytes, or more than 1 in 20 of the first 8 KB being control bytes other than tab, CR, LF, FF.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        int control = 0;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 20 > head.Length;
    }
}
