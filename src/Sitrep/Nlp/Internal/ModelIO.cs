using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// The binary model format: a Brotli stream holding a magic word, a kind and version, then sections
/// written by each model. Weight tables are stored sparsely (bucket deltas and half-precision
/// weights of the rows that carry weight) and expanded on load.
/// </summary>
internal static class ModelIO
{
    private const string Magic = "SITREP-MODEL";

    public static BinaryWriter CreateWriter(Stream output, string kind, int version)
    {
        var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true);
        var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: false);
        writer.Write(Magic);
        writer.Write(kind);
        writer.Write(version);
        return writer;
    }

    /// <summary>Opens a model stream, checking magic, kind and version; errors name <paramref name="source"/>.</summary>
    public static BinaryReader OpenReader(Stream input, string kind, int version, string source)
    {
        // Buffered: the format has many small reads (strings, 7-bit integers).
        var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8, leaveOpen: false);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{source}: not a Sitrep model file");
            }

            string k = reader.ReadString();
            int v = reader.ReadInt32();
            if (k != kind || v != version)
            {
                throw new InvalidDataException($"{source}: holds a '{k}' model version {v}, expected '{kind}' version {version}");
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException)
        {
            reader.Dispose();
            throw new InvalidDataException($"{source}: not a Sitrep model file ({ex.Message})", ex);
        }

        return reader;
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.Read7BitEncodedInt()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = string.Intern(reader.ReadString());
        }

        return values;
    }

    /// <summary>A word → small number table (lexicon classes, word classes), written in word order so the bytes are stable.</summary>
    public static void WriteWordValues(BinaryWriter writer, SpanKeyedTable<ushort> table)
    {
        writer.Write7BitEncodedInt(table.Count);
        foreach (var (word, value) in table.Map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(value);
        }
    }

    public static Dictionary<string, ushort> ReadWordValues(BinaryReader reader)
    {
        int count = reader.Read7BitEncodedInt();
        var values = new Dictionary<string, ushort>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            values[reader.ReadString()] = reader.ReadUInt16();
        }

        return values;
    }

    public static void WriteTable(BinaryWriter writer, WeightTable table)
    {
        writer.Write7BitEncodedInt(table.HashBits);
        writer.Write7BitEncodedInt(table.Classes);
        writer.Write7BitEncodedInt(table.RowCount);
        int last = 0;
        var rowOf = table.RowOf;
        var weights = table.Weights;
        var halves = new Half[table.RowCount * table.Classes];
        int h = 0;
        for (int b = 0; b < rowOf.Length; b++)
        {
            int row = rowOf[b];
            if (row < 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(b - last);
            last = b;
            for (int k = 0; k < table.Classes; k++)
            {
                halves[h++] = (Half)weights[row + k];
            }
        }

        // The weights follow as one block of little-endian halves, read back in one call.
        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static WeightTable ReadTable(BinaryReader reader)
    {
        int bits = reader.Read7BitEncodedInt();
        int classes = reader.Read7BitEncodedInt();
        int rows = reader.Read7BitEncodedInt();
        if (bits is < 8 or > 26 || classes is < 1 or > 4096 || rows < 0 || rows > (1 << bits))
        {
            throw new InvalidDataException($"weight table header is corrupt (bits {bits}, classes {classes}, rows {rows})");
        }

        int stride = WeightTable.StrideFor(classes);
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        int bucket = 0;
        for (int r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            if ((uint)bucket >= (uint)rowOf.Length)
            {
                throw new InvalidDataException("weight table bucket out of range");
            }

            rowOf[bucket] = r * stride;
        }

        var halves = new Half[rows * classes];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[rows * stride];
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < classes; k++)
            {
                weights[(r * stride) + k] = (float)halves[(r * classes) + k];
            }
        }

        return new WeightTable(bits, classes, rowOf, weights);
    }
}
