namespace Sitrep.Dictionaries.Petrarch.Internal;

internal static class DictionaryFile
{
    /// <summary>Opens a dictionary as UTF-8 text, turning I/O failures into one clear message.</summary>
    public static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DictionaryLoadException($"{path}: cannot read dictionary ({ex.Message})", ex);
        }
    }
}
