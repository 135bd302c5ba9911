package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.auth.Principal;
import dev.needle.auth.Role;
import dev.needle.auth.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Users of the API and dashboard. A rep's email is a user already (made on first use); roles follow",
                "the reporting lines (manager when others report to them) unless set here."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Set.class})
final class UserCommand {
    @ParentCommand
    Main main;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a user; one with a rep's email is linked to that rep.")
    static final class Add implements Runnable {
        @ParentCommand
        UserCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "Shown name (default: the rep's).")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", converter = RoleOption.class,
                description = "admin, manager or rep (default: from the reporting lines).")
        Role role;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                User user = needle.users().add(email, name, role);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Added %s%s%s.%n", user.email(), user.repId() == null ? "" : " (rep " + user.repId() + ")",
                        role == null ? "" : " as " + role.label());
                out.flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users with their roles.")
    static final class ListUsers implements Runnable {
        @ParentCommand
        UserCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption output;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                List<Principal> users = needle.users().all();
                PrintWriter out = spec.commandLine().getOut();
                if (output.json) {
                    Json.print(out, UsersDocument.of(users));
                    return;
                }
                out.printf("%-36s %-24s %-8s %-6s %s%n", "email", "name", "role", "rep", "sees");
                for (Principal user : users) {
                    out.printf("%-36s %-24s %-8s %-6s %s%n", user.user().email(), Text.cut(user.user().name(), 24),
                            user.role().label() + (user.user().roleSetting() == null ? "" : "*"),
                            user.user().repId() == null ? "-" : user.user().repId(), user.visibility());
                }
                out.println("* role set with needle user set; others follow the reporting lines.");
                out.flush();
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets a user's role; --role auto returns to the reporting lines.")
    static final class Set implements Runnable {
        @ParentCommand
        UserCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, manager, rep or auto.")
        String role;

        @Override
        public void run() {
            Role setting = "auto".equalsIgnoreCase(role.trim()) ? null : new RoleOption().convert(role);
            try (Needle needle = Needle.open(parent.main.settings())) {
                User user = needle.users().setRole(email, setting);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s: role %s.%n", user.email(), setting == null ? "from the reporting lines" : setting.label());
                out.flush();
            }
        }
    }

    /** admin, manager or rep, as a usage error (exit 2) otherwise. */
    static final class RoleOption implements picocli.CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
