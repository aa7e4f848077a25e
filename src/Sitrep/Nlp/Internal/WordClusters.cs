using System.IO.Compression;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// Distributional word classes: words that occur between the same neighbours in a large English text
/// fall into one class ("syria", "turkey", "egypt"; "attacked", "raided", "criticized"), so a word the
/// annotated training data never showed borrows the evidence of its class. Four nested levels (16, 64,
/// 256 and 1,024 classes), like the prefixes of Brown clusters. Built once from a bigram language model
/// (data/models/word-clusters/README.md); a trained model stores the table it was trained with, so the
/// two can never disagree. Looked up case-insensitively by character span; immutable, thread-safe.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>Classes at the finest level; the coarser levels have 256, 64 and 16.</summary>
    public const int FineCount = 1024;

    private readonly SpanKeyedTable<ushort> _fine;       // word -> fine class
    private readonly byte[] _level256, _level64, _level16; // fine class -> its coarser classes

    private WordClusters(SpanKeyedTable<ushort> fine, byte[] level256, byte[] level64, byte[] level16)
    {
        _fine = fine;
        _level256 = level256;
        _level64 = level64;
        _level16 = level16;
    }

    public static WordClusters Empty { get; } = new(new SpanKeyedTable<ushort>([]), new byte[FineCount], new byte[FineCount], new byte[FineCount]);

    public int Count => _fine.Count;

    /// <summary>
    /// The word's class at the finest level (0–1023), or -1 for a word the table does not hold. Case
    /// is ignored (the language model is lower case); words longer than 40 characters are never held.
    /// </summary>
    public int Fine(ReadOnlySpan<char> word)
    {
        if (_fine.Count == 0 || word.Length == 0 || word.Length > 40)
        {
            return -1;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _fine.TryGetValue(lower, out ushort c) ? c : -1;
    }

    /// <summary>The class of a fine class at a coarser level: 256, 64 or 16 classes.</summary>
    public int Coarse(int fine, int level) => level switch
    {
        256 => _level256[fine],
        64 => _level64[fine],
        16 => _level16[fine],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "levels are 256, 64 and 16"),
    };

    /// <summary>
    /// Reads the gzip'd table written by make-clusters.py: a '#' header, then "word TAB c16 TAB c64 TAB
    /// c256 TAB c1024" per line. A malformed line or a class that breaks the nesting is an
    /// <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static WordClusters FromFile(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var fine = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var level256 = new short[FineCount];
        var level64 = new short[FineCount];
        var level16 = new short[FineCount];
        Array.Fill(level256, (short)-1);
        Array.Fill(level64, (short)-1);
        Array.Fill(level16, (short)-1);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 5
                || !Level(fields[1], 16, out int c16) || !Level(fields[2], 64, out int c64)
                || !Level(fields[3], 256, out int c256) || !Level(fields[4], FineCount, out int c1024))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'word<TAB>class16<TAB>class64<TAB>class256<TAB>class1024' with classes in range");
            }

            if (!Nest(level256, c1024, c256) || !Nest(level64, c1024, c64) || !Nest(level16, c1024, c16))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: class {c1024} of '{fields[0]}' sits under other coarser classes than on an earlier line");
            }

            fine[fields[0].ToLowerInvariant()] = (ushort)c1024;
        }

        return new WordClusters(new SpanKeyedTable<ushort>(fine), ToBytes(level256), ToBytes(level64), ToBytes(level16));
    }

    private static bool Level(string field, int count, out int value) =>
        int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value < count;

    private static bool Nest(short[] parents, int fine, int parent)
    {
        if (parents[fine] >= 0 && parents[fine] != parent)
        {
            return false;
        }

        parents[fine] = (short)parent;
        return true;
    }

    private static byte[] ToBytes(short[] parents) => [.. parents.Select(p => (byte)Math.Max(p, (short)0))];

    internal void Save(BinaryWriter writer)
    {
        writer.Write(_level256);
        writer.Write(_level64);
        writer.Write(_level16);
        ModelIO.WriteWordValues(writer, _fine);
    }

    internal static WordClusters Load(BinaryReader reader)
    {
        var level256 = reader.ReadBytes(FineCount);
        var level64 = reader.ReadBytes(FineCount);
        var level16 = reader.ReadBytes(FineCount);
        var fine = ModelIO.ReadWordValues(reader);
        foreach (var (word, c) in fine)
        {
            if (c >= FineCount)
            {
                throw new InvalidDataException($"word class {c} of '{word}' is out of range");
            }
        }

        return new WordClusters(new SpanKeyedTable<ushort>(fine), level256, level64, level16);
    }
}
