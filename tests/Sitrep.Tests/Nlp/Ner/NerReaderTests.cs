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
    public void Gum_name_keeps_a_coordination_inside_its_modifier_and_of_beside_a_possessive()
    {
        // Written for this test: "Rail and Sea" coordinates inside the compound of "Museum"; the
        // possessive "'s" is a second case marker on "Avalon", beside "of".
        string path = WriteTemp(string.Join('\n',
            "# text = The Harbor Rail and Sea Museum joined the University of Avalon 's library .",
            "1\tThe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(1-place-new-x-x-1-sgl",
            "2\tHarbor\tHarbor\tPROPN\tNNP\t_\t6\tcompound\t_\t_",
            "3\tRail\tRail\tPROPN\tNNP\t_\t6\tcompound\t_\t_",
            "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_",
            "5\tSea\tSea\tPROPN\tNNP\t_\t3\tconj\t_\t_",
            "6\tMuseum\tMuseum\tPROPN\tNNP\t_\t7\tnsubj\t_\tEntity=1)",
            "7\tjoined\tjoin\tVERB\tVBD\t_\t0\troot\t_\t_",
            "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\tEntity=(2-object-new-x-x-1-sgl(3-organization-new-x-x-1-sgl",
            "9\tUniversity\tUniversity\tPROPN\tNNP\t_\t13\tnmod:poss\t_\t_",
            "10\tof\tof\tADP\tIN\t_\t11\tcase\t_\t_",
            "11\tAvalon\tAvalon\tPROPN\tNNP\t_\t9\tnmod\t_\t_",
            "12\t's\t's\tPART\tPOS\t_\t11\tcase\t_\tEntity=3)",
            "13\tlibrary\tlibrary\tNOUN\tNN\t_\t7\tobj\t_\tEntity=2)",
            "14\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_",
            "",
            ""));
        try
        {
            var sentence = Assert.Single(GumEntityReader.Read(path));

            // LOC Harbor Rail and Sea Museum, ORG University of Avalon.
            Assert.Equal([(1, 6, 2), (8, 11, 1)], sentence.Spans());
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
