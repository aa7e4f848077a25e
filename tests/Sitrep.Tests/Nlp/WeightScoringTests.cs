using Sitrep.Nlp.Internal;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Tests.Nlp;

/// <summary>The tagger's sparse scoring layout, SIMD arg-max and known-word table give exactly the answers of the plain ones.</summary>
public sealed class WeightScoringTests
{
    [Theory]
    [InlineData(98, 16)]
    [InlineData(98, 0)]
    [InlineData(98, 200)]
    [InlineData(51, 4)]
    [InlineData(3, 1)]
    public void Sparse_table_scores_are_bit_identical_to_the_dense_table(int classes, int denseAbove)
    {
        const int bits = 10;
        var random = new Random(7);
        int stride = WeightTable.StrideFor(classes);
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var weights = new List<float>();
        for (int b = 0; b < rowOf.Length; b += 3)
        {
            rowOf[b] = weights.Count;

            // Mostly sparse rows, some dense ones, as a perceptron leaves them.
            double density = random.Next(5) == 0 ? 0.9 : 0.04;
            for (int k = 0; k < stride; k++)
            {
                weights.Add(k < classes && random.NextDouble() < density ? (float)(random.NextDouble() - 0.5) : 0f);
            }
        }

        var table = new WeightTable(bits, classes, rowOf, [.. weights]);
        var sparse = new SparseWeightTable(table, denseAbove);
        for (int trial = 0; trial < 200; trial++)
        {
            var buckets = new int[random.Next(1, 40)];
            for (int i = 0; i < buckets.Length; i++)
            {
                buckets[i] = random.Next(rowOf.Length);
            }

            var start = new float[stride];
            for (int k = 0; k < classes; k++)
            {
                start[k] = (float)random.NextDouble();
            }

            var expected = (float[])start.Clone();
            var actual = (float[])start.Clone();
            table.Score(buckets, expected);
            sparse.Score(buckets, actual);
            Assert.Equal(expected.Take(classes), actual.Take(classes));
            Assert.Equal(WeightTable.ArgMax(expected, classes), WeightTable.ArgMax(actual, classes));
        }
    }

    [Fact]
    public void ArgMax_takes_the_first_of_equal_best_scores_at_any_position()
    {
        for (int classes = 1; classes <= 40; classes++)
        {
            for (int first = 0; first < classes; first++)
            {
                var scores = new float[classes + 8];
                for (int k = 0; k < classes; k++)
                {
                    scores[k] = -k;
                }

                scores[first] = 5;
                for (int later = first + 1; later < classes; later += 3)
                {
                    scores[later] = 5;
                }

                // Scores past the classes never count.
                scores[classes] = 99;
                Assert.Equal(first, WeightTable.ArgMax(scores, classes));
            }
        }
    }

    [Fact]
    public void Known_word_table_finds_each_word_by_its_span_and_nothing_else()
    {
        string[] words = ["the", "The", "THE", "running", "run", "e-mail", "", "x", .. Enumerable.Range(0, 5000).Select(i => "w" + i)];
        var table = new KnownWordTable(words);
        const string text = "The e-mail said: running, the run THE w4999 w5000 Run";
        for (int k = 0; k < words.Length; k++)
        {
            Assert.True(table.TryGetValue(words[k].AsSpan(), out int index));
            Assert.Equal(k, index);
        }

        // Looked up as slices of a longer text, as the tagger does; case matters.
        Assert.True(table.TryGetValue(text.AsSpan(4, 6), out int email));
        Assert.Equal("e-mail", words[email]);
        Assert.True(table.TryGetValue(text.AsSpan(0, 3), out int capital));
        Assert.Equal("The", words[capital]);
        Assert.False(table.TryGetValue(text.AsSpan(text.IndexOf("w5000", StringComparison.Ordinal), 5), out _));
        Assert.False(table.TryGetValue(text.AsSpan(text.Length - 3), out _));
        Assert.False(table.TryGetValue("runnin".AsSpan(), out int missing));
        Assert.Equal(-1, missing);
    }
}
