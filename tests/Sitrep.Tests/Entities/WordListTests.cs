using Sitrep.Entities.Internal;

namespace Sitrep.Tests.Entities;

/// <summary>
/// The entity word lists reject most words from bit sets of key lengths and first letters before
/// hashing; these check that the shortcut never rejects a word the list holds.
/// </summary>
public sealed class WordListTests
{
    [Fact]
    public void Ignore_case_lists_find_a_word_whatever_the_case_of_its_first_letter()
    {
        var set = new WordSet(true, "ceasefire", "Truce");

        Assert.True(set.Contains("Ceasefire"));
        Assert.True(set.Contains("CEASEFIRE"));
        Assert.True(set.Contains("truce"));
        Assert.False(set.Contains("ceasefires"));
        Assert.False(set.Contains("armistice"));
    }

    [Fact]
    public void Case_sensitive_lists_keep_the_case_of_the_first_letter()
    {
        var map = new WordMap<int>(ignoreCase: false, [KeyValuePair.Create("Guard", 1)]);

        Assert.True(map.TryGetValue("Guard", out int value));
        Assert.Equal(1, value);
        Assert.False(map.Contains("guard"));
        Assert.False(map.Contains("Guards"));
    }

    [Fact]
    public void Words_added_later_and_long_or_accented_words_are_found()
    {
        var map = new WordMap<string>(ignoreCase: true);
        string longWord = new('x', 70);
        map["Élysée"] = "palace";
        Assert.True(map.TryAdd(longWord, "long"));
        map["Ministry"] = "org";

        Assert.True(map.TryGetValue("élysée", out var palace));
        Assert.Equal("palace", palace);
        Assert.True(map.Contains(new string('X', 70)));
        Assert.False(map.Contains(new string('x', 69)));
        Assert.True(map.Contains("ministry"));
        Assert.False(map.Contains(""));
    }

    [Fact]
    public void Phrases_are_matched_only_from_a_first_word_of_a_listed_length()
    {
        const string text = "the Free Syrian Army and the free syrian army said";
        var words = WordSegmenter.Segment(text, []);
        var index = new PhraseIndex<string>(ignoreCase: true);
        index.Add("Free Syrian Army", "FSA");

        Assert.Equal(3, index.Match(text, words, 1, words.Length, out var fsa));
        Assert.Equal("FSA", fsa);
        Assert.Equal(3, index.Match(text, words, 6, words.Length, out _));
        Assert.Equal(0, index.Match(text, words, 0, words.Length, out _));
        Assert.False(index.Contains("Free", out _));
    }
}
