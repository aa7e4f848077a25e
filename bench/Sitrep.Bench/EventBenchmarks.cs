using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;

namespace Sitrep.Bench;

/// <summary>
/// Loading the Phoenix dictionaries (the entities stage loads them at start-up), matching actor phrases,
/// and coding: <see cref="CodeGigawordSentences"/> tokenizes and codes the 76 real news sentences of
/// GigaWord.sample.PETR.xml with the full Phoenix set loaded (sentences/s = 76 / mean time).
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter *EventBenchmarks*</c>
/// (reads ../shared/petrarch2, or SITREP_SHARED).
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private static readonly string Dictionaries = Path.Combine(
        SharedPaths.Root, "petrarch2", "dictionaries");

    private ActorDictionary _actors = ActorDictionary.Empty;
    private string[][] _sentences = [];
    private EventCoder _coder = new(EventDictionaries.BuiltIn);
    private string[] _gigaword = [];

    [GlobalSetup]
    public void Setup()
    {
        _actors = LoadPhoenixActors();
        _coder = new EventCoder(EventDictionaries.LoadPhoenix(Dictionaries));
        var sample = XDocument.Load(Path.Combine(Dictionaries, "..", "text", "GigaWord.sample.PETR.xml"));
        _gigaword = [.. sample.Descendants("Text").Select(t => string.Join(' ', t.Value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)))];
        _sentences =
        [
            "The foreign minister of Afghanistan met President Karzai in Kabul on Monday .".Split(' '),
            "Russian and Chinese diplomats vetoed the United Nations Security Council resolution .".Split(' '),
            "Hizbollah fighters clashed with Israeli troops near the border with Lebanon .".Split(' '),
        ];
    }

    [Benchmark]
    public ActorDictionary LoadPhoenixActors() => ActorDictionary.Load(
        Path.Combine(Dictionaries, "Phoenix.Countries.actors.txt"),
        Path.Combine(Dictionaries, "Phoenix.International.actors.txt"),
        Path.Combine(Dictionaries, "Phoenix.MilNonState.actors.txt"));

    [Benchmark]
    public AgentDictionary LoadPhoenixAgents() => AgentDictionary.Load(Path.Combine(Dictionaries, "Phoenix.agents.txt"));

    [Benchmark]
    public VerbDictionary LoadCameoVerbs() => VerbDictionary.Load(Path.Combine(Dictionaries, "CAMEO.2.0.txt"));

    /// <summary>Tries an actor match at every word of three sentences.</summary>
    [Benchmark]
    public int MatchActorsAtEveryWord()
    {
        int found = 0;
        foreach (var words in _sentences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (_actors.Match(words, i) is not null)
                {
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>Tokenizes and codes every GigaWord sample sentence; returns the number of events.</summary>
    [Benchmark]
    public int CodeGigawordSentences()
    {
        int events = 0;
        foreach (var sentence in _gigaword)
        {
            var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(sentence);
            events += _coder.Code(sentence, tokens, 0, tokens.Count, new DateOnly(2008, 8, 1)).Count;
        }

        return events;
    }
}
