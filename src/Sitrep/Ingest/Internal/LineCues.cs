using System.Buffers;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Internal;

/// <summary>
/// Lexical cues the cleaner uses to recognise what is not article body. General web and print
/// conventions (sign-up and cookie notices, photo credits, datelines, bylines), not strings of any corpus.
/// </summary>
internal static partial class LineCues
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+";
    private const string Date = "(?:" + Weekday + ")?(?:" + Month + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+" + Month + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
        + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?";

    /// <summary>Phrases typical of sign-up, subscription, cookie, sharing, navigation and legal notices.</summary>
    private static readonly SearchValues<string> BoilerplatePhrases = SearchValues.Create(
        [
            "newsletter", "news letter", "sign up", "signup", "sign-up", "signing up", "subscrib", "unsubscrib", "mailing list",
            "inbox", "email address", "e-mail address", "cookie", "privacy policy", "privacy notice", "privacy settings",
            "terms of use", "terms of service", "terms and conditions", "all rights reserved", "copyright", "share this",
            "share on", "share via", "follow us", "read more", "click here", "advertisement", "sponsored content",
            "related articles", "related stories", "related content", "related coverage", "recommended for you",
            "download our app", "download the app", "log in to", "login to", "sign in to", "marketing platform",
            "for processing", "you acknowledge", "top stories", "most read", "categories:", "©",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the line contains a notice phrase starting at a word boundary (vectorised multi-string search).</summary>
    public static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        int offset = 0;
        while (true)
        {
            int at = line[offset..].IndexOfAny(BoilerplatePhrases);
            if (at < 0)
            {
                return false;
            }

            at += offset;
            if (at == 0 || !char.IsLetter(line[at - 1]))
            {
                return true;
            }

            offset = at + 1;
        }
    }

    /// <summary>Cues strong enough to mark a short line anywhere in the text ("Read more: …", "Advertisement").</summary>
    [GeneratedRegex(
        @"^(?:read (?:more|also|next)|related(?: articles| stories| coverage)?:|see also:|advertisement|sponsored|share (?:this|on)|follow us|click here|sign up|subscribe|(?:also )?watch:|listen:)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StrongBoilerplate();

    /// <summary>The heading of a closing apparatus section: sources, references, external links.</summary>
    [GeneratedRegex(@"^(?:sources?|references|external links|see also|related news|further reading|notes)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClosingSection();

    /// <summary>A photo or video credit closing a caption: "… Image: Jane Doe." / "Photo: Reuters".</summary>
    [GeneratedRegex(
        @"(?:^|[\s.(])(?:Image|Images|Photo|Photos|Photograph|Picture|Video|Credit|Illustration|Graphic|Source|Photo credit|File photo)\s*[:;]\s*[^:;]{1,80}?\)?\.?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex CaptionCredit();

    /// <summary>A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".</summary>
    [GeneratedRegex(
        @"^(?:by|BY|By)\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|di|le|la|del|and|&)){1,5})\s*(?:[,|–—-].{0,60})?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    /// <summary>A wire-style credit line: "Reporting by Jane Doe; Editing by John Roe".</summary>
    [GeneratedRegex(@"^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|di|le|la|del|and|&)){0,5})", RegexOptions.CultureInvariant)]
    public static partial Regex CreditLine();

    /// <summary>A line that is only a date (a dateline), optionally with a time.</summary>
    [GeneratedRegex("^(?:(?:Published|Updated|Posted)(?: on)?:?\\s+)?" + Date + "$", RegexOptions.CultureInvariant)]
    public static partial Regex DateLine();

    /// <summary>A date at the end of a line: a headline with its dateline run on.</summary>
    [GeneratedRegex("\\s+(?<date>" + Date + ")$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingDate();

    /// <summary>A date at the start of a line, followed by the first sentence of the article.</summary>
    [GeneratedRegex("^(?<date>" + Date + ")\\s+(?=\\p{Lu})", RegexOptions.CultureInvariant)]
    public static partial Regex LeadingDate();

    /// <summary>A personal name: two to four capitalised words ("Anthony Manduca", "Mary K. O’Neill").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|de|van|von|al|bin|da|di|le|la|del)){1,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex PersonName();
}
