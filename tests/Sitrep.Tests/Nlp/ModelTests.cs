using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Lemmas;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Tests.Nlp;

public sealed class ModelTests
{
    [Fact]
    public void Shipped_models_load_and_are_shared()
    {
        // Load time is measured in bench/ (NlpBenchmarks), not asserted here.
        var tagger = NlpModels.DefaultTagger;
        var parser = NlpModels.DefaultParser;

        Assert.Same(tagger, NlpModels.DefaultTagger);
        Assert.Same(parser, NlpModels.DefaultParser);
        Assert.Contains("nsubj:pass", parser.Labels);
        Assert.Contains("acl:relcl", parser.Labels);
        Assert.True(tagger.Tagger.Lexicon.Count > 50_000, "the tagger ships with its WordNet lexicon");
    }

    [Fact]
    public void Saved_models_load_back_with_the_same_behaviour()
    {
        var doc = NlpTestDocuments.Build("Protesters burned tyres outside the parliament in Kiev.");
        var expected = new SyntaxAnnotator().Annotate(doc).Syntax;

        var taggerBytes = new MemoryStream();
        NlpModels.SaveTagger(NlpModels.DefaultTagger, taggerBytes);
        var parserBytes = new MemoryStream();
        NlpModels.SaveParser(NlpModels.DefaultParser, parserBytes);
        taggerBytes.Position = 0;
        parserBytes.Position = 0;
        var annotator = new SyntaxAnnotator(NlpModels.LoadTagger(taggerBytes, "memory"), NlpModels.LoadParser(parserBytes, "memory"));
        var syntax = annotator.Annotate(doc).Syntax;

        Assert.Equal(expected.Upos, syntax.Upos);
        Assert.Equal(expected.Lemma, syntax.Lemma);
        Assert.Equal(expected.Head, syntax.Head);
        Assert.Equal(expected.Deprel, syntax.Deprel);
    }

    [Fact]
    public void A_corrupt_or_wrong_model_file_is_a_one_line_error_naming_it()
    {
        var ex = Assert.Throws<InvalidDataException>(() => NlpModels.LoadTagger(new MemoryStream([1, 2, 3, 4, 5]), "broken.bin"));
        Assert.StartsWith("broken.bin: ", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);

        // Bytes that are not a Brotli stream at all.
        var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(new string('x', 5000) + "not a model"));
        ex = Assert.Throws<InvalidDataException>(() => NlpModels.LoadParser(text, "text.bin"));
        Assert.StartsWith("text.bin: ", ex.Message);

        var parserBytes = new MemoryStream();
        NlpModels.SaveParser(NlpModels.DefaultParser, parserBytes);
        parserBytes.Position = 0;
        ex = Assert.Throws<InvalidDataException>(() => NlpModels.LoadTagger(parserBytes, "parser.bin"));
        Assert.Equal($"parser.bin: holds a 'dependency-parser' model version {DependencyParser.ModelVersion}, expected 'pos-tagger' version {PosTagger.ModelVersion}", ex.Message);
    }

    [Fact]
    public void Lemmatizer_uses_the_table_then_suffix_rules_for_unseen_words()
    {
        var lemmatizer = NlpModels.DefaultTagger.Lemmatizer;
        Assert.Equal("be", lemmatizer.Lemmatize("was", "VBD"));
        Assert.Equal("child", lemmatizer.Lemmatize("children", "NNS"));
        Assert.Equal("resolution", lemmatizer.Lemmatize("Resolutions", "NNS"));
        Assert.Equal("Kiev", lemmatizer.Lemmatize("Kiev", "NNP"));

        // Made-up words the training data cannot contain: only the learned endings can lemmatize them.
        Assert.Equal("blorficate", lemmatizer.Lemmatize("blorficated", "VBD"));
        Assert.Equal("zumbery", lemmatizer.Lemmatize("zumberies", "NNS"));
        Assert.Equal("blorficate", lemmatizer.Lemmatize("blorficating", "VBG"));
    }

    [Fact]
    public void Trainers_learn_from_a_handful_of_sentences()
    {
        const string Conllu =
            "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n" +
            "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tentered\tenter\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tcity\tcity\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n";
        var sentences = ConlluReader.Read(new StringReader(Conllu), "tiny");
        var tagger = PosTaggerTrainer.Train(sentences, new PosTaggerTrainingOptions { Iterations = 5, HashBits = 12, DictionaryMinCount = 100 });
        var parser = ParserTrainer.Train(sentences, null, new ParserTrainingOptions { Iterations = 5, MoveHashBits = 12, LabelHashBits = 12 });
        var lemmatizer = LemmatizerTrainer.Train(sentences);
        var annotator = new SyntaxAnnotator(new TaggerModel(tagger, lemmatizer), parser);

        var doc = annotator.Annotate(NlpTestDocuments.Build("Rebels attacked the town"));
        Assert.Equal(["NNS", "VBD", "DT", "NN"], doc.Syntax.Xpos);
        Assert.Equal([1, -1, 3, 1], doc.Syntax.Head);
        Assert.Equal(["nsubj", "root", "det", "obj"], doc.Syntax.Deprel);
        Assert.Equal(["rebel", "attack", "the", "town"], doc.Syntax.Lemma);
    }

    [Fact]
    public void Projectivity_check_rejects_crossing_arcs_and_several_roots()
    {
        // Gold heads per word; ROOT is index n.
        Assert.True(ParserTrainer.IsProjectiveSingleRoot([1, 3, 1]));
        Assert.False(ParserTrainer.IsProjectiveSingleRoot([2, 3, 4, 2])); // 3->1 spans the root word 2
        Assert.False(ParserTrainer.IsProjectiveSingleRoot([3, 3, 3]));
    }
}
