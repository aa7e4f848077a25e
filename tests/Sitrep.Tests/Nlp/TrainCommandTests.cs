using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Nlp;

public sealed class TrainCommandTests
{
    [Fact]
    public void Every_trainer_has_a_unique_name_and_a_model_file()
    {
        var names = TrainCommand.Trainers.Select(t => t.Name).ToList();
        Assert.Contains("pos", names);
        Assert.Contains("parser", names);
        Assert.Contains("ner", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(TrainCommand.Trainers, t => Assert.EndsWith(".bin", t.DefaultFileName));
        Assert.Equal(names, TrainCommand.Create().Subcommands.Select(c => c.Name));
    }
}
