namespace Sitrep.Quotes.Internal;

/// <summary>Closed-class English words the quote stage steps over or stops at.</summary>
internal static class WordLists
{
    /// <summary>Adverbs that sit between a speaker and the cue ("Hague rightly declared", "now fear").</summary>
    public static readonly string[] Adverbs =
        ["now", "also", "recently", "again", "however", "then", "later", "once", "still", "yesterday", "today", "already",
         "further", "earlier", "repeatedly", "publicly", "privately", "reportedly", "allegedly", "previously", "even", "just",
         "never", "often", "therefore", "openly", "rightly", "wrongly", "strongly", "clearly", "firmly"];

    public static readonly string[] Auxiliaries =
        ["has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "did", "does", "do",
         "not", "n’t", "never", "was", "were", "is", "are", "be", "been", "being"];

    public static readonly string[] BeVerbs = ["was", "were", "is", "are", "be", "been", "being", "am"];

    public static readonly string[] SubjectPronouns = ["he", "she", "they", "it", "we", "i", "you"];

    public static readonly string[] PersonPronouns = ["he", "she"];

    public static readonly string[] Determiners =
        ["the", "a", "an", "his", "her", "its", "their", "these", "those", "such", "our", "my", "your", "some", "many", "several", "two", "three", "both"];

    /// <summary>Words that open a new clause: a subject search stops before them.</summary>
    public static readonly string[] ClauseWords =
        ["and", "but", "or", "which", "who", "whom", "that", "because", "while", "when", "where", "if", "although", "though",
         "as", "after", "before", "since", "until", "whether", "so", "than", "once", "there"];

    public static readonly string[] Prepositions = ["of", "in", "at", "for", "from", "with", "on", "to", "by", "about", "across", "inside", "outside"];

    /// <summary>Words allowed inside a capitalised name ("Friends of the Syrian People", "Bashar al-Assad").</summary>
    public static readonly string[] NameConnectors = ["of", "the", "al", "bin", "ibn", "de", "del", "van", "von", "la", "le", "du", "da", "for", "and", "y"];

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly string[] CapitalisedFunctionWords =
        ["in", "on", "at", "after", "before", "when", "while", "last", "this", "that", "then", "but", "and", "however", "also",
         "meanwhile", "yesterday", "today", "another", "although", "despite", "during", "since", "for", "from", "with", "as",
         "if", "there", "here", "it", "its", "unfortunately", "still", "earlier", "later", "speaking", "according", "so", "even",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "we", "i", "they", "he", "she", "what", "why", "how"];

    /// <summary>Words that, right after a sentence-initial name, show the name is the subject ("Tlas was …").</summary>
    public static readonly string[] SubjectVerbs =
        ["was", "is", "has", "had", "will", "would", "said", "says", "became", "becomes", "told", "added", "can", "could", "did", "does", "also"];

    /// <summary>Words ending a by-phrase speaker ("emphasised by X when addressing …").</summary>
    public static readonly string[] ByPhraseStops = ["when", "while", "during", "at", "in", "on", "after", "before", "as", "who", "which", "that", "and"];

    /// <summary>Modal words that make a neutral statement a prediction.</summary>
    public static readonly string[] FutureMarkers = ["will", "won’t", "won't", "shall", "would"];

    public static readonly string[] Complementizers = ["that"];
}
