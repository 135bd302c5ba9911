package dev.needle.cli;

import dev.needle.app.Settings;
import dev.needle.domain.NeedleException;
import dev.needle.store.StoreBusyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code needle}: the command line. Exit codes mean one thing each, mapped here once:
 * 0 success, 2 bad usage, 1 any other failure (with the reason on stderr).
 */
@Command(name = "needle", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Shows a sales team which activities produce results, and plans each rep's day around them.")
public final class Main implements Runnable {
    static final int FAILURE = 1;
    /** Every subcommand, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, StatsCommand.class, ValueCommand.class, ReportCommand.class,
            DealsCommand.class, CoachCommand.class, ForecastCommand.class, EvaluateCommand.class, PlanCommand.class, HoursCommand.class, ServeCommand.class,
            UserCommand.class, TokenCommand.class, FeedCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class, StoreCommand.class,
            GenerateCommand.class, DemoCommand.class, BenchCommand.class, ExportCommand.class, PublishCommand.class, CommandLine.HelpCommand.class);

    @Option(names = "--home", description = "Data directory of the embedded SQLite store needle.db (env NEEDLE_HOME; default ~/.needle).")
    Path home;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database to use instead of the embedded SQLite store (env NEEDLE_DB_URL).")
    String database;

    private final Map<String, String> env;
    private final Clock clock;
    private final PrintWriter err;
    private boolean toldOfLegacyH2;

    Main(Map<String, String> env, Clock clock, PrintWriter err) {
        this.env = env;
        this.clock = clock;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs one command line; what {@code main} exits with. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, out, err, env, Clock.systemUTC());
    }

    /** Runs one command line with {@code clock} as "now" (the default as-of, today's date): what tests fix. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        CommandLine cli = commandLine(new Main(env, clock, err), args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("needle: " + describe(e));
            if (env.containsKey("NEEDLE_DEBUG")) e.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Picocli reads the options of every command it is given, by reflection, before it parses: a third
     * of a short command's start (needle stats). A run that names its command gets only that one; any
     * other (--help, help, a typo, no command) gets them all, so help and suggestions stay complete.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        String named = commandWord(args);
        List<Class<?>> namedCommands = COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(named)).toList();
        boolean all = namedCommands.isEmpty() || "help".equals(named); // needle help CMD describes CMD
        for (Class<?> command : all ? COMMANDS : namedCommands) cli.addSubcommand(command);
        return cli;
    }

    /** The first argument that is neither one of needle's own options nor the value of --home or --db. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") || args[i].equals("--db")) i++;
            else if (!args[i].startsWith("-")) return args[i];
        }
        return null;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required; see needle --help");
    }

    /** "Now" for every command: the system clock, or the one a test fixed. */
    Clock clock() {
        return clock;
    }

    /** The settings of this run; on a legacy H2 home, says so once on stderr. */
    Settings settings() {
        Settings settings = Settings.resolve(home, database, env);
        if (settings.legacyH2() && !toldOfLegacyH2) {
            toldOfLegacyH2 = true;
            err.println(settings.legacyH2Notice());
            err.flush();
        }
        return settings;
    }

    private static String describe(Exception e) {
        if (StoreBusyException.causedByBusyStore(e)) return StoreBusyException.MESSAGE;
        if (e instanceof NeedleException || e instanceof java.io.UncheckedIOException) return e.getMessage();
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "")
                + "; set NEEDLE_DEBUG=1 for the stack trace";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[]{"needle " + (version == null ? "development build" : version)};
        }
    }
}
