namespace Sitrep.Cli.Commands;

/// <summary>
/// The one place a user-facing error is turned into a line on stderr and an exit code.
/// A user never sees a stack trace; a bug still gets a one-line message and exit code 70.
/// </summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int SomeInputsFailed = 3;
    public const int InputError = 4;
    public const int Internal = 70;

    /// <summary>The --published option: null when absent, a usage error when not YYYY-MM-DD.</summary>
    public static DateOnly? ParsePublished(string? published)
    {
        if (published is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            throw new UserFacingException($"--published: '{published}' is not a date in the form YYYY-MM-DD", Usage);
        }

        return date;
    }

    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UserFacingException ex)
        {
            Console.Error.WriteLine($"sitrep: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"sitrep: internal error: {ex.GetType().Name}: {ex.Message}");
            return Internal;
        }
    }
}

/// <summary>An error whose message is meant for the user, one line, naming the input and the problem.</summary>
internal sealed class UserFacingException(string message, int exitCode = CliErrors.InputError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
