namespace Sitrep.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011):
/// a stack with the artificial ROOT (index n) at the bottom, the buffer (words b..n-1), and the arcs
/// built so far with each word's two outermost children on either side. Reused across sentences.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;
    public const int MoveCount = 3;

    public int N;
    public int[] Stack = new int[64];
    public int Depth;
    public int B;
    public int[] Head = new int[65];
    public int[] Left1 = new int[65];
    public int[] Left2 = new int[65];
    public int[] Right1 = new int[65];
    public int[] Right2 = new int[65];
    public int[] LeftCount = new int[65];
    public int[] RightCount = new int[65];

    /// <summary>The label the online labeller gave each word's arc when it was made (-1 before).</summary>
    public int[] ArcLabel = new int[65];

    /// <summary>The labels of each word's left and right dependents so far, as bit sets (Zhang and Nivre 2011's label sets).</summary>
    public ulong[] LeftLabels = new ulong[65];
    public ulong[] RightLabels = new ulong[65];

    public int Root => N;

    public void Reset(int n)
    {
        if (Head.Length < n + 1)
        {
            int size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size];
            Head = new int[size];
            Left1 = new int[size];
            Left2 = new int[size];
            Right1 = new int[size];
            Right2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            ArcLabel = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
        }

        N = n;
        B = 0;
        Depth = 1;
        Stack[0] = n;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            ArcLabel[i] = -1;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    public bool IsTerminal => B >= N && Depth == 1;

    /// <summary>The i-th stack item from the top, or -1.</summary>
    public int S(int i) => Depth - 1 - i >= 0 ? Stack[Depth - 1 - i] : -1;

    /// <summary>The i-th buffer word, or -1.</summary>
    public int Buf(int i) => B + i < N ? B + i : -1;

    public bool IsLegal(int move) => move switch
    {
        Shift => B < N,
        Left => B < N && Depth > 1,
        Right => Depth > 2 || (Depth == 2 && B >= N), // ROOT takes its one child only at the end
        _ => false,
    };

    /// <summary>The head and dependent of the arc an arc move would make (the move must be legal).</summary>
    public (int Head, int Dep) ArcOf(int move) => move == Left ? (B, Stack[Depth - 1]) : (Stack[Depth - 2], Stack[Depth - 1]);

    /// <summary>Applies an arc move and records the label chosen for its arc.</summary>
    public void Apply(int move, int label)
    {
        var (head, dep) = ArcOf(move);
        Apply(move);
        ArcLabel[dep] = label;
        ulong bit = 1UL << (label & 63);
        if (dep < head)
        {
            LeftLabels[head] |= bit;
        }
        else
        {
            RightLabels[head] |= bit;
        }
    }

    public void Apply(int move)
    {
        switch (move)
        {
            case Shift:
                Stack[Depth++] = B++;
                break;
            case Left:
                AddArc(B, Stack[--Depth]);
                break;
            default:
                int dep = Stack[--Depth];
                AddArc(Stack[Depth - 1], dep);
                break;
        }
    }

    private void AddArc(int head, int dep)
    {
        Head[dep] = head;
        if (dep < head)
        {
            LeftCount[head]++;
            if (Left1[head] < 0 || dep < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dep;
            }
            else if (Left2[head] < 0 || dep < Left2[head])
            {
                Left2[head] = dep;
            }
        }
        else
        {
            RightCount[head]++;
            if (dep > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dep;
            }
            else if (dep > Right2[head])
            {
                Right2[head] = dep;
            }
        }
    }

    /// <summary>
    /// Dynamic-oracle cost of a legal move (Goldberg and Nivre 2013): how many gold arcs it makes
    /// unreachable. <paramref name="gold"/> holds each word's gold head, ROOT as n.
    /// </summary>
    public int Cost(int move, ReadOnlySpan<int> gold)
    {
        int cost = 0;
        switch (move)
        {
            case Shift:
                {
                    int b0 = B;
                    int s0 = Stack[Depth - 1];
                    for (int k = 0; k < Depth; k++)
                    {
                        int x = Stack[k];
                        if (x != s0 && gold[b0] == x)
                        {
                            cost++;
                        }

                        if (x != N && gold[x] == b0)
                        {
                            cost++;
                        }
                    }

                    break;
                }

            case Left:
                {
                    int s0 = Stack[Depth - 1];
                    int s1 = Depth > 1 ? Stack[Depth - 2] : -1;
                    int h = gold[s0];
                    if (h != B && (h == s1 || (h > B && h < N)))
                    {
                        cost++;
                    }

                    cost += DependentsInBuffer(s0, gold);
                    break;
                }

            default:
                {
                    int s0 = Stack[Depth - 1];
                    int h = gold[s0];
                    if (h >= B && h < N)
                    {
                        cost++;
                    }

                    cost += DependentsInBuffer(s0, gold);
                    break;
                }
        }

        return cost;
    }

    private int DependentsInBuffer(int word, ReadOnlySpan<int> gold)
    {
        int count = 0;
        for (int d = B; d < N; d++)
        {
            if (gold[d] == word)
            {
                count++;
            }
        }

        return count;
    }
}
