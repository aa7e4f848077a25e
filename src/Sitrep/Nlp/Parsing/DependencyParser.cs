using Sitrep.Documents;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser with an averaged perceptron, trained with a dynamic oracle.
/// An online labeller names each arc as it is made (from the finished dependent below it); a third
/// perceptron then labels the finished tree top-down with a Universal Dependencies relation, using
/// the online label as one of its features.
/// Produces one projective tree per sentence with exactly one root. Immutable and thread-safe.
/// </summary>
public sealed class DependencyParser
{
    internal const string ModelKind = "dependency-parser";
    internal const int ModelVersion = 2;

    private readonly WeightTable _moves;
    private readonly WeightTable _arcs;
    private readonly WeightTable _labelWeights;
    private readonly string[] _labels;
    private readonly int _rootLabel;

    [ThreadStatic]
    private static Scratch? t_scratch;

    internal DependencyParser(WeightTable moves, WeightTable arcs, WeightTable labelWeights, string[] labels)
    {
        _moves = moves;
        _arcs = arcs;
        _labelWeights = labelWeights;
        _labels = labels;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0 || moves.Classes != ParserState.MoveCount || labelWeights.Classes != labels.Length || arcs.Classes != labels.Length)
        {
            throw new InvalidDataException("parser model: label set or weight tables are inconsistent");
        }
    }

    public IReadOnlyList<string> Labels => _labels;

    internal WeightTable Moves => _moves;

    internal WeightTable LabelWeights => _labelWeights;

    internal WeightTable Arcs => _arcs;

    internal int RootLabel => _rootLabel;

    /// <summary>
    /// Parses one tagged sentence. Writes each word's head (sentence-relative index, -1 for the root)
    /// and its relation (<see cref="Labels"/> index).
    /// </summary>
    public void Parse(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<string> xpos,
        ReadOnlySpan<string> upos,
        Span<int> heads,
        Span<int> labels)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        if (xpos.Length < n || upos.Length < n || heads.Length < n || labels.Length < n)
        {
            throw new ArgumentException("tags, heads and labels need one entry per token");
        }

        heads = heads[..n];
        labels = labels[..n];

        var s = t_scratch ??= new Scratch();
        s.Hashes.Fill(text, tokens, xpos, upos);
        var state = s.State;
        state.Reset(n);
        Span<int> f = stackalloc int[ParserFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Math.Max(_moves.Stride, 4)];
        Span<int> af = stackalloc int[ArcFeatures.MaxFeatures];
        Span<float> arcScores = stackalloc float[_arcs.Stride];
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, s.Hashes, _moves.Mask, f);
            scores.Clear();
            _moves.Score(f[..count], scores);
            int move = BestLegal(state, scores);
            if (move == ParserState.Shift)
            {
                state.Apply(move);
                continue;
            }

            var (head, dep) = state.ArcOf(move);
            int label = _rootLabel;
            if (head != n)
            {
                count = ArcFeatures.Extract(state, s.Hashes, head, dep, _arcs.Mask, af);
                arcScores.Clear();
                _arcs.Score(af[..count], arcScores);
                arcScores[_rootLabel] = float.NegativeInfinity;
                label = WeightTable.ArgMax(arcScores, _labels.Length);
            }

            state.Apply(move, label);
        }

        for (int i = 0; i < n; i++)
        {
            heads[i] = state.Head[i] == n ? -1 : state.Head[i];
        }

        Label(s, heads, upos, state.ArcLabel, labels);
    }

    internal void Label(Scratch s, ReadOnlySpan<int> heads, ReadOnlySpan<string> upos, ReadOnlySpan<int> arcLabels, Span<int> labels)
    {
        int n = heads.Length;
        var tree = s.Tree;
        tree.Build(heads);
        var isAux = s.IsAux(n);
        for (int i = 0; i < n; i++)
        {
            isAux[i] = upos[i] == "AUX";
        }

        Span<int> f = stackalloc int[LabelFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_labelWeights.Stride];
        for (int q = 0; q < n; q++)
        {
            int d = tree.Order[q];
            int label;
            if (heads[d] < 0)
            {
                label = _rootLabel;
            }
            else
            {
                int count = LabelFeatures.Extract(tree, s.Hashes, isAux, arcLabels, d, _labelWeights.Mask, f);
                scores.Clear();
                _labelWeights.Score(f[..count], scores);
                scores[_rootLabel] = float.NegativeInfinity; // only the root word is "root"
                label = WeightTable.ArgMax(scores, _labels.Length);
            }

            tree.Label[d] = label;
            labels[d] = label;
        }
    }

    internal static int BestLegal(ParserState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int m = 0; m < ParserState.MoveCount; m++)
        {
            if (state.IsLegal(m) && (best < 0 || scores[m] > bestScore))
            {
                best = m;
                bestScore = scores[m];
            }
        }

        return best;
    }

    internal void Save(BinaryWriter writer)
    {
        ModelIO.WriteStrings(writer, _labels);
        ModelIO.WriteTable(writer, _moves);
        ModelIO.WriteTable(writer, _arcs);
        ModelIO.WriteTable(writer, _labelWeights);
    }

    internal static DependencyParser Load(BinaryReader reader)
    {
        var labels = ModelIO.ReadStrings(reader);
        var moves = ModelIO.ReadTable(reader);
        var arcs = ModelIO.ReadTable(reader);
        var labelWeights = ModelIO.ReadTable(reader);
        return new DependencyParser(moves, arcs, labelWeights, labels);
    }

    /// <summary>Per-thread working memory, reused from sentence to sentence.</summary>
    internal sealed class Scratch
    {
        private bool[] _isAux = new bool[64];

        public ParserFeatures.SentenceHashes Hashes { get; } = new();

        public ParserState State { get; } = new();

        public LabelFeatures.Tree Tree { get; } = new();

        public Span<bool> IsAux(int n)
        {
            if (_isAux.Length < n)
            {
                _isAux = new bool[Math.Max(n, _isAux.Length * 2)];
            }

            return _isAux.AsSpan(0, n);
        }
    }
}
