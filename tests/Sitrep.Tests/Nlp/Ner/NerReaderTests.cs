using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Tests.Nlp.Ner;

public sealed class NerReaderTests
{
    [Fact]
    public void Iob2_file_gives_words_and_spans()
    {
        string path = WriteTemp("""
            # text = Ms. Jane Doe moved to new york .
            1	Ms.	O	-	-
            2	Jane	B-PER	-	a
            3	Doe	I-PER	-	a
            4	moved	O	-	-
            5	to	O	-	-
            6	new	B-LOC	-	a
            7	york	I-LOC	-	a
            8	.	O	-	-

            1	Acme	B-ORG	-	a
            2	wins	O	-	-

            """);
        try
        {
            var sentences = IobReader.Read(path);

            Assert.Equal(2, sentences.Count);
            Assert.Equal("Ms. Jane Doe moved to new york .", sentences[0].Text);
            Assert.Equal([(1, 3, 0), (5, 7, 2)], sentences[0].Spans());
            Assert.Equal([(0, 1, 1)], sentences[1].Spans());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_iob2_line_names_file_and_line()
    {
        string path = WriteTemp("1\tHello\tO\t-\t-\n2\tworld\tX-PER\t-\t-\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => IobReader.Read(path));
            Assert.StartsWith($"{path}:2:", error.Message);
            Assert.Contains("X-PER", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gum_mentions_become_names_without_titles_determiners_or_common_nouns()
    {
        // A sentence written for this test, annotated the way GUM annotates: the person mention
        // covers the title and the organisation, the place mention its determiner.
        string path = WriteTemp(string.Join('\n',
            "# text = Acme chairman Bob Smith visited the Museum of Flight with his staff .",
            "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-x-1-sgl-Bob_Smith(2-organization-new-x-x-1-sgl-Acme)",
            "2\tchairman\tchairman\tNOUN\tNN\t_\t3\tnmod:desc\t_\t_",
            "3\tBob\tBob\tPROPN\tNNP\t_\t5\tnsubj\t_\t_",
            "4\tSmith\tSmith\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)",
            "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
            "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(3-place-new-x-x-2-sgl",
            "7\tMuseum\tMuseum\tPROPN\tNNP\t_\t5\tobj\t_\t_",
            "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_",
            "9\tFlight\tFlight\tPROPN\tNNP\t_\t7\tnmod\t_\tEntity=3)",
            "10\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_",
            "11\this\this\tPRON\tPRP$\t_\t12\tnmod:poss\t_\tEntity=(4-person-new-x-x-1-sgl(5-person-giv-x-x-1-coref)",
            "12\tstaff\tstaff\tNOUN\tNN\t_\t5\tobl\t_\tEntity=4)",
            "13\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_",
            "",
            ""));
        try
        {
            var sentence = Assert.Single(GumEntityReader.Read(path));

            // ORG Acme, PER Bob Smith, LOC Museum of Flight; "his staff" is no name.
            Assert.Equal([(0, 1, 1), (2, 4, 0), (6, 9, 2)], sentence.Spans());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_gum_line_names_file_and_line()
    {
        string path = WriteTemp("1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tworld\tworld\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => GumEntityReader.Read(path));
            Assert.StartsWith($"{path}:2:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteTemp(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }
}
