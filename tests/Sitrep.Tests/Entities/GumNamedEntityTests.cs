using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Ner.Internal;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Entities;

/// <summary>
/// The names the entity stage finds, scored against GUM's named persons, organisations and places on
/// the eight GUM news documents the NER model never trained on (gold tokenization; exact span and
/// type; GPE, LOC and FACILITY count as LOC). Titles are not part of a GUM name, so a person mention
/// "President X" is scored as its name "X". Measures the stage on text other than the seed article.
/// </summary>
public sealed class GumNamedEntityTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void NamesOnHeldOutGumNews()
    {
        var training = SharedData.Require("training");
        var ner = new NerAnnotator();
        var entities = new EntityAnnotator();
        int correct = 0, predicted = 0, gold = 0;
        foreach (var name in NerDataSplit.HeldOutGumNews)
        {
            var sentences = GumEntityReader.Read(Path.Combine(training, "gum", name + ".conllu"));
            var (doc, goldSpans) = Build(name, sentences);
            var annotated = entities.Annotate(ner.Annotate(doc));
            var found = PredictedNames(annotated);
            predicted += found.Count;
            gold += goldSpans.Count;
            correct += found.Count(goldSpans.Contains);
            if (Environment.GetEnvironmentVariable("SITREP_ENTITY_ERRORS") == "1")
            {
                foreach (var x in found.Where(f => !goldSpans.Contains(f)))
                {
                    output.WriteLine($"FP {name} {x.Item3} '{annotated.Text[x.Item1..x.Item2]}'");
                }

                foreach (var x in goldSpans.Where(g => !found.Contains(g)))
                {
                    output.WriteLine($"FN {name} {x.Item3} '{annotated.Text[x.Item1..x.Item2]}'");
                }
            }
        }

        double p = (double)correct / Math.Max(predicted, 1), r = (double)correct / Math.Max(gold, 1), f = 2 * p * r / Math.Max(p + r, 1e-9);
        output.WriteLine($"GUM held-out news names: correct {correct}, predicted {predicted}, gold {gold}: P={p:F3} R={r:F3} F1={f:F3}");

        // A floor under the measured figure, so a regression in name finding fails here.
        Assert.True(f >= 0.60, $"F1 {f:F3} (P={p:F3} R={r:F3})");
    }

    private static (AnnotatedDocument Doc, HashSet<(int, int, string)> Gold) Build(string name, List<NerSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var layer = new List<Sentence>();
        var gold = new HashSet<(int, int, string)>();
        foreach (var s in sentences)
        {
            int offset = text.Length, first = tokens.Count;
            text.Append(s.Text).Append('\n');
            for (int i = 0; i < s.Length; i++)
            {
                tokens.Add(new Token(offset + s.Tokens[i].Start, offset + s.Tokens[i].End));
                if (NerLabels.IsBegin(s.Labels[i]))
                {
                    int end = i + 1;
                    while (end < s.Length && NerLabels.IsInside(s.Labels[end]))
                    {
                        end++;
                    }

                    gold.Add((offset + s.Tokens[i].Start, offset + s.Tokens[end - 1].End, NerLabels.Types[NerLabels.TypeOf(s.Labels[i])]));
                }
            }

            layer.Add(new Sentence(offset, offset + s.Text.Length, first, s.Length));
        }

        var doc = new AnnotatedDocument(new Document(name, text.ToString(), new SourceInfo())) { Tokens = tokens, Sentences = layer };
        return (doc, gold);
    }

    /// <summary>Name spans of the entity layer: a mention that ends in the entity's name gives that name; an all-capitalised mention is a name.</summary>
    private static HashSet<(int, int, string)> PredictedNames(AnnotatedDocument doc)
    {
        var spans = new HashSet<(int, int, string)>();
        foreach (var e in doc.Entities)
        {
            string? label = e.Type switch
            {
                EntityType.Person => "PER",
                EntityType.Org => "ORG",
                EntityType.Gpe or EntityType.Loc or EntityType.Facility => "LOC",
                _ => null,
            };
            if (label is null)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (m.Text.EndsWith(e.Name, StringComparison.Ordinal) && m.Text.Length > e.Name.Length && m.Text[m.Text.Length - e.Name.Length - 1] == ' ')
                {
                    spans.Add((m.End - e.Name.Length, m.End, label)); // "President X" -> "X"
                }
                else if (TitleLength(m.Text) is > 0 and var t && t < m.Text.Length)
                {
                    spans.Add((m.Start + t, m.End, label)); // "Professor Eastman" -> "Eastman"
                }
                else if (m.Text.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "the" or "and" || w.StartsWith("al-", StringComparison.Ordinal))))
                {
                    spans.Add((m.Start, m.End, label));
                }
            }
        }

        return spans;
    }

    /// <summary>Characters of leading title words and the space after them ("Professor " in "Professor Eastman"), or 0.</summary>
    private static int TitleLength(string mention)
    {
        int length = 0;
        foreach (var word in mention.Split(' '))
        {
            if (!EntityKnowledge.Default.Titles.Contains(word))
            {
                break;
            }

            length += word.Length + 1;
        }

        return length;
    }
}
