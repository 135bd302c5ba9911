package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.auth.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"API tokens. A token is printed once, when created; Needle keeps only its hash."},
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {
    @ParentCommand
    Main main;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a token for a user (a rep's email works without needle user add) and prints it.")
    static final class Create implements Runnable {
        @ParentCommand
        TokenCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "EMAIL",
                description = "The user's email, or a rep's Needle id or source id (a Salesforce id in its 15- or 18-character form).")
        String email;

        @Option(names = "--label", paramLabel = "LABEL", description = "What the token is for.")
        String label;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                String token = needle.users().createToken(email, label);
                PrintWriter out = spec.commandLine().getOut();
                out.println(token);
                out.flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists tokens (never the tokens themselves).")
    static final class ListTokens implements Runnable {
        @ParentCommand
        TokenCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", paramLabel = "EMAIL", description = "Only this user's tokens.")
        String email;

        @Mixin
        JsonOption output;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                List<Token> tokens = needle.users().tokens(email);
                PrintWriter out = spec.commandLine().getOut();
                if (output.json) {
                    Json.print(out, Map.of("tokens", tokens));
                    return;
                }
                out.printf("%6s  %-36s %-20s %-22s %s%n", "id", "user", "label", "created", "revoked");
                for (Token token : tokens) {
                    out.printf("%6d  %-36s %-20s %-22s %s%n", token.id(), token.email(), Text.cut(token.label(), 20),
                            token.createdAt(), token.revokedAt() == null ? "-" : token.revokedAt());
                }
                out.flush();
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token by its id (see needle token list).")
    static final class Revoke implements Runnable {
        @ParentCommand
        TokenCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                needle.users().revoke(id);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Token %d revoked.%n", id);
                out.flush();
            }
        }
    }
}
