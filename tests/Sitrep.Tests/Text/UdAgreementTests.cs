using System.Text;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit.Abstractions;

namespace Sitrep.Tests.Text;

/// <summary>
/// Measures tokens and sentence boundaries against the gold of GUM's news and interview documents
/// (../shared/training/gum): the text is rebuilt from each sentence's "# text" line, paragraphs split at
/// "# newpar". The floors sit just under the measured figures, so a regression fails the test.
/// </summary>
public class UdAgreementTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Tokens_agree_with_GUM_news_and_interviews()
    {
        var (tokenF1, _) = Measure(new Tokenizer(splitHyphens: true));
        var (keptHyphensF1, _) = Measure(Tokenizer.Default);
        output.WriteLine($"token F1 vs GUM news+interview: {tokenF1:F4} (hyphens split as UD), {keptHyphensF1:F4} (hyphenated words kept whole, the default)");
        Assert.True(tokenF1 >= 0.99, $"token F1 {tokenF1:F4} below 0.99");
    }

    [SkippableFact]
    public void Sentences_agree_with_GUM_news_and_interviews()
    {
        var (_, sentenceF1) = Measure(Tokenizer.Default);
        output.WriteLine($"sentence F1 vs GUM news+interview: {sentenceF1:F4}");
        Assert.True(sentenceF1 >= 0.92, $"sentence F1 {sentenceF1:F4} below 0.92");
    }

    private static (double Tokens, double Sentences) Measure(Tokenizer tokenizer)
    {
        var dir = SharedData.Require("training/gum");
        var files = Directory.GetFiles(dir, "GUM_news_*.conllu").Concat(Directory.GetFiles(dir, "GUM_interview_*.conllu")).Order(StringComparer.Ordinal).ToList();
        Skip.If(files.Count == 0, "no GUM news or interview documents in ../shared/training/gum");
        int tc = 0, tp = 0, tg = 0, sc = 0, sp = 0, sg = 0;
        foreach (var file in files)
        {
            var (text, goldTokens, goldSentences) = Rebuild(file);
            var tokens = tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            tp += tokens.Count;
            tg += goldTokens.Count;
            tc += tokens.Count(t => goldTokens.Contains((t.Start, t.End)));
            sp += sentences.Count;
            sg += goldSentences.Count;
            sc += sentences.Count(s => goldSentences.Contains((s.Start, s.End)));
        }

        return (F1(tc, tp, tg), F1(sc, sp, sg));
    }

    private static double F1(int correct, int predicted, int gold) => 2.0 * correct / (predicted + gold);

    private static (string Text, HashSet<(int, int)> Tokens, HashSet<(int, int)> Sentences) Rebuild(string file)
    {
        var sb = new StringBuilder();
        var tokens = new HashSet<(int, int)>();
        var sentences = new HashSet<(int, int)>();
        bool newParagraph = true;
        int sentenceStart = -1, cursor = 0;
        string current = string.Empty;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                newParagraph = true;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (sb.Length > 0)
                {
                    sb.Append(newParagraph ? "\n\n" : " ");
                }

                newParagraph = false;
                sentenceStart = cursor = sb.Length;
                sb.Append(line.AsSpan(9));
                current = sb.ToString();
            }
            else if (line.Length > 0 && char.IsDigit(line[0]))
            {
                var cols = line.Split('\t');
                if (cols[0].Contains('-') || cols[0].Contains('.'))
                {
                    continue;
                }

                int at = current.IndexOf(cols[1], cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    tokens.Add((at, at + cols[1].Length));
                    cursor = at + cols[1].Length;
                }
            }
            else if (line.Length == 0 && sentenceStart >= 0)
            {
                sentences.Add((sentenceStart, sb.Length));
                sentenceStart = -1;
            }
        }

        return (sb.ToString(), tokens, sentences);
    }
}
