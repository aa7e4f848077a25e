using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: news text in, sourced event data out.")
{
    AnnotateCommand.Create(),
    TrainCommand.Create(),
    EvalConlluCommand.Create(),
    ValidateCommand.Create(),
    EvalCommand.Create(),
    TimelineCommand.Create(),
    TrainNerCommand.Create(),
    ClaimsCommand.Create(),
};

// Exceptions reach CliErrors, which prints one line instead of a stack trace.
var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
return CliErrors.Run(() => root.Parse(args).Invoke(invocation));
