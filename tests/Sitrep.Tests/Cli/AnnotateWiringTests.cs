using System.Text;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Cli;

/// <summary>The annotate options that join stages together: --actors, --input-format conllu, --format conllu, -o.</summary>
public class AnnotateWiringTests
{
    [Fact]
    public void A_user_actor_dictionary_codes_a_person_no_builtin_knowledge_has_and_bad_lines_are_reported()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-actors-");
        try
        {
            var article = Path.Combine(dir.FullName, "a.txt");
            var actors = Path.Combine(dir.FullName, "mine.actors.txt");
            File.WriteAllText(article, "Yoweri Kaguta addressed the crowd in Kampala on Monday.\n");
            File.WriteAllText(actors, "YOWERI_KAGUTA [UGAGOV]\nBROKEN_LINE [UGA\n");
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();

            int code = AnnotateCommand.Execute(new AnnotateRequest([article], "2012-07-22", Actors: [actors]), stdout, stderr);

            Assert.Equal(0, code);
            Assert.Contains("mine.actors.txt:2:", stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("\"actor\": \"UGAGOV\"", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_actor_dictionary_is_one_line_and_a_non_zero_exit()
    {
        var article = Path.GetTempFileName();
        File.WriteAllText(article, "Troops crossed the border on Monday.\n");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        int code = AnnotateCommand.Execute(new AnnotateRequest([article], null, Actors: ["/nonexistent/actors.txt"]), stdout, stderr);
        File.Delete(article);

        Assert.NotEqual(0, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/nonexistent/actors.txt", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CoNLLU_input_keeps_its_tokens_and_CoNLLU_output_fills_in_tags_and_heads()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-conllu-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.conllu");
            // Tokens a tokenizer would not produce ("vetoed it" as one token) must survive as given.
            File.WriteAllText(input, "# text = Russia vetoed it.\n1\tRussia\t_\t_\t_\t_\t_\t_\t_\t_\n2\tvetoed it\t_\t_\t_\t_\t_\t_\t_\t_\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
            var output = Path.Combine(dir.FullName, "out.conllu");
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();

            int code = AnnotateCommand.Execute(new AnnotateRequest([input], null, "conllu", output, "conllu"), stdout, stderr);

            Assert.Equal(0, code);
            var rows = File.ReadAllLines(output).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
            Assert.Equal(["Russia", "vetoed it", "."], rows.Select(r => r[1]));
            Assert.All(rows, r => Assert.NotEqual("_", r[3]));
            Assert.Single(rows, r => r[6] == "0");
            Assert.False(File.Exists(output + ".partial"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
