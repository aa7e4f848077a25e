using System.CommandLine;
using System.Text.Json;
using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Events.Validation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep validate --records FILE.xml [--dictionaries DIR] [--format text|jsonl]</c>: codes PETRARCH
/// validation records from their text and prints pass/fail per record and pass rates by category.
/// <c>sitrep validate --plover FILE.json [--dictionaries DIR] [--format text|jsonl]</c>: the same for PLOVER
/// gold-standard records (event type, source and target codes).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var records = new Option<string?>("--records") { Description = "A PETRARCH-format validation file (XML)." };
        var plover = new Option<string?>("--plover") { Description = "A PLOVER gold-standard file (JSON)." };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Folder of PETRARCH dictionaries (default: beside the records file, or ../dictionaries)." };
        var format = new Option<string>("--format") { Description = "text or jsonl.", DefaultValueFactory = _ => "text" };

        var command = new Command("validate", "Score the event coder on PETRARCH validation records or PLOVER gold records.") { records, plover, dictionaries, format };
        command.SetAction(parse => Run(parse.GetValue(records), parse.GetValue(plover), parse.GetValue(dictionaries), parse.GetValue(format) ?? "text", Console.Out));
        return command;
    }

    internal static int Run(string? records, string? plover, string? dictionaries, string format, TextWriter output)
    {
        if (format is not ("text" or "jsonl"))
        {
            throw new UserFacingException($"--format: unknown format '{format}' (expected text or jsonl)", CliErrors.Usage);
        }

        if ((records is null) == (plover is null))
        {
            throw new UserFacingException("validate: give exactly one of --records FILE.xml or --plover FILE.json", CliErrors.Usage);
        }

        return records is not null
            ? RunRecords(records, dictionaries, format, output)
            : RunPlover(plover!, dictionaries, format, output);
    }

    private static int RunRecords(string path, string? dictionaries, string format, TextWriter output)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"{path}: no such file");
        }

        PetrarchRecordFile file;
        try
        {
            file = PetrarchRecordFile.Load(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UserFacingException(ex.Message);
        }

        var env = file.Environment;
        string dir = dictionaries ?? DefaultDictionaryFolder(path, env.VerbFile);
        var dicts = Load(() => EventDictionaries.LoadPetrarch(
            Resolve(dir, env.VerbFile),
            Resolve(dir, env.ActorFile),
            Resolve(dir, env.AgentFile),
            Resolve(dir, env.DiscardFile)));
        ReportIssues(dicts);

        var results = PetrarchValidator.Run(file, dicts);
        if (format == "jsonl")
        {
            foreach (var r in results)
            {
                var produced = r.Produced.Select(t => new[] { t.Source, t.Target, t.Code }).ToArray();
                output.WriteLine(JsonSerializer.Serialize(new { id = r.Record.Id, category = r.Record.Category, produced, passed = r.Passed }));
            }

            return CliErrors.Ok;
        }

        foreach (var r in results)
        {
            string expected = r.Record.Error is not null ? $"none (error={r.Record.Error})" : r.Record.Expected.Count == 0 ? "none" : string.Join("; ", r.Record.Expected);
            string produced = r.Produced.Count == 0 ? "none" : string.Join("; ", r.Produced);
            output.WriteLine($"{(r.Passed ? "PASS" : "FAIL")}  {r.Record.Id,-16} [{r.Record.Category}]  expected: {expected}  produced: {produced}");
        }

        output.WriteLine();
        output.WriteLine($"{"category",-12} {"passed",7} {"records",8} {"rate",7}");
        foreach (var group in results.GroupBy(r => r.Record.Category.ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int passed = group.Count(r => r.Passed);
            output.WriteLine($"{group.Key,-12} {passed,7} {group.Count(),8} {Rate(passed, group.Count()),7}");
        }

        int all = results.Count(r => r.Passed);
        output.WriteLine($"{"ALL",-12} {all,7} {results.Count,8} {Rate(all, results.Count),7}");
        var flagged = results.Where(r => r.Record.SentenceFlag).ToList();
        output.WriteLine($"{"sentence=true",-12} {flagged.Count(r => r.Passed),7} {flagged.Count,8} {Rate(flagged.Count(r => r.Passed), flagged.Count),7}");
        return CliErrors.Ok;
    }

    private static int RunPlover(string path, string? dictionaries, string format, TextWriter output)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"{path}: no such file");
        }

        IReadOnlyList<PloverRecord> records;
        try
        {
            records = PloverRecordFile.Load(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UserFacingException(ex.Message);
        }

        var dicts = dictionaries is null ? EventDictionaries.BuiltIn : Load(() => EventDictionaries.LoadPhoenix(dictionaries));
        ReportIssues(dicts);
        var results = PloverValidator.Run(records, dicts);
        if (format == "jsonl")
        {
            foreach (var r in results)
            {
                var produced = r.Produced.Select(p => new { @event = p.Event, cameo = p.Cameo, source = p.Source, target = p.Target }).ToArray();
                output.WriteLine(JsonSerializer.Serialize(new { id = r.Record.Id, produced }));
            }

            return CliErrors.Ok;
        }

        foreach (var r in results)
        {
            output.WriteLine($"{(r.EventCorrect ? "ok  " : "MISS")}  {r.Record.Id,-28} gold: {r.Record.Event} {string.Join('/', r.Record.Source)} -> {string.Join('/', r.Record.Target)}  produced: {(r.Best is null ? "none" : $"{r.Best.Event} ({r.Best.Cameo}) {string.Join('/', r.Best.Source)} -> {string.Join('/', r.Best.Target)}")}");
        }

        var score = PloverValidator.Score(results);
        output.WriteLine();
        output.WriteLine($"event type accuracy   {score.EventCorrect,4}/{score.Records} = {Rate(score.EventCorrect, score.Records)}");
        output.WriteLine($"source code accuracy  {score.SourceCorrect,4}/{score.WithSource} = {Rate(score.SourceCorrect, score.WithSource)}");
        output.WriteLine($"target code accuracy  {score.TargetCorrect,4}/{score.WithTarget} = {Rate(score.TargetCorrect, score.WithTarget)}");
        return CliErrors.Ok;
    }

    private static string Rate(int n, int d) => d == 0 ? "-" : ((double)n / d).ToString("P1", System.Globalization.CultureInfo.InvariantCulture);

    private static EventDictionaries Load(Func<EventDictionaries> load)
    {
        try
        {
            return load();
        }
        catch (DictionaryLoadException ex)
        {
            throw new UserFacingException(ex.Message);
        }
    }

    private static void ReportIssues(EventDictionaries dicts)
    {
        int n = 0;
        foreach (var issue in dicts.Issues)
        {
            if (n++ < 20)
            {
                Console.Error.WriteLine($"sitrep: warning: {issue}");
            }
        }

        if (n > 20)
        {
            Console.Error.WriteLine($"sitrep: warning: … and {n - 20} more dictionary lines skipped");
        }
    }

    private static string DefaultDictionaryFolder(string recordsPath, string? verbFile)
    {
        var here = Path.GetDirectoryName(Path.GetFullPath(recordsPath)) ?? ".";
        if (verbFile is null || File.Exists(Path.Combine(here, verbFile)))
        {
            return here;
        }

        return Path.Combine(here, "..", "dictionaries");
    }

    private static IEnumerable<string> Resolve(string dir, string? file) =>
        string.IsNullOrWhiteSpace(file) ? [] : [Path.Combine(dir, file)];
}
