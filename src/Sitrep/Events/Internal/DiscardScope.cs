using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// How far a sentence-level discard phrase reaches. PETRARCH drops the whole sentence; Sitrep drops only the
/// events of the verb or event noun nearest the phrase, the clause it dates or names the topic of: in "X paid
/// compensation for assets Y seized 18 years ago" the years date the seizure, not the payment, and Phoenix's
/// year and "years ago" discards would otherwise drop most news that recalls its background. A story
/// discard ('+') still drops the sentence.
/// </summary>
internal static class DiscardScope
{
    /// <summary>
    /// The token ranges of the discard phrases in tokens [<paramref name="first"/>, <paramref name="end"/>), or
    /// null when there are none; <paramref name="wholeSentence"/> when a story discard is among them.
    /// </summary>
    public static List<(int Start, int End)>? Find(DiscardList discards, string text, IReadOnlyList<Token> tokens, int first, int end, out bool wholeSentence)
    {
        wholeSentence = false;
        List<(int, int)>? phrases = null;
        int from = tokens[first].Start, stop = tokens[end - 1].End;
        int t = first;
        while (from < stop && discards.FindIn(text.AsSpan(from, stop - from), out int at) is { } entry)
        {
            if (entry.WholeStory)
            {
                wholeSentence = true;
                return phrases;
            }

            int start = from + at, finish = start + entry.Phrase.Length;
            while (t < end && tokens[t].End <= start)
            {
                t++;
            }

            int u = t;
            while (u < end && tokens[u].Start < finish)
            {
                u++;
            }

            if (u > t)
            {
                (phrases ??= []).Add((t, u));
            }

            from = finish;
        }

        return phrases;
    }

    /// <summary>Removes the events of the event word nearest each phrase (the left one on a tie: a date follows its verb).</summary>
    public static void Drop(List<CodedEvent> events, List<(int Start, int End)> phrases, int first, int end, Func<int, bool> isEventWord)
    {
        foreach (var (start, stop) in phrases)
        {
            int left = start - 1, right = stop;
            while (left >= first && !isEventWord(left))
            {
                left--;
            }

            while (right < end && !isEventWord(right))
            {
                right++;
            }

            int word = left >= first && (right >= end || start - left <= right - stop + 1) ? left
                : right < end ? right
                : -1;
            if (word >= 0)
            {
                events.RemoveAll(e => e.TriggerToken == word);
            }
        }
    }
}
