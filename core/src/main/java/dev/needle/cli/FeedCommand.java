package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.audit.Actor;
import dev.needle.domain.Rep;
import dev.needle.feed.Feed;
import dev.needle.feed.Feeds;
import picocli.CommandLine;
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

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"A rep's plan as a calendar to subscribe to (Google Calendar, Outlook, Apple Calendar): needle serve",
                "answers GET /feed/SECRET.ics with the next working days' blocks. The secret is printed once, when",
                "created; Needle keeps only its hash. A revoked feed answers 404 at once."},
        subcommands = {FeedCommand.Create.class, FeedCommand.ListFeeds.class, FeedCommand.Revoke.class})
final class FeedCommand {
    @ParentCommand
    Main main;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Makes a feed of one rep's plan and prints its path (and URL with --base-url), this once.")
    static final class Create implements Runnable {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--rep", required = true, paramLabel = "REP", description = "The rep: Needle id, source id or email.")
        String rep;

        @Option(names = "--days", paramLabel = "N", defaultValue = "" + Feeds.DEFAULT_DAYS,
                description = "How many working days from today the calendar shows, 1 to " + Feeds.MAX_DAYS + " (default: ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Where needle serve is reached, e.g. https://needle.acme.com: prints the whole URL and its webcal:// form.")
        String baseUrl;

        @Override
        public void run() {
            if (days < 1 || days > Feeds.MAX_DAYS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--days must be between 1 and " + Feeds.MAX_DAYS);
            }
            if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must look like https://needle.acme.com, got " + baseUrl);
            }
            try (Needle needle = Needle.open(parent.main.settings())) {
                Rep found = Scope.rep(needle, rep, spec);
                Feeds.Created made = needle.feeds().create(found.id(), days, Actor.commandLine("needle feed create"));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Feed %d: %s's plan, the next %d working days. Keep the address secret; it is shown only now.%n",
                        made.feed().id(), found.name() == null ? found.email() : found.name(), days);
                if (baseUrl == null) {
                    out.println(made.path());
                } else {
                    String url = baseUrl.replaceAll("/+$", "") + made.path();
                    out.println(url);
                    out.println(url.replaceFirst("(?i)^https?://", "webcal://"));
                }
                out.flush();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists feeds (never their secrets).")
    static final class ListFeeds implements Runnable {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--rep", paramLabel = "REP", description = "Only this rep's feeds.")
        String rep;

        @Mixin
        JsonOption output;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                Long only = rep == null ? null : Scope.rep(needle, rep, spec).id();
                List<Feed> feeds = needle.feeds().all().stream().filter(feed -> only == null || feed.repId() == only).toList();
                PrintWriter out = spec.commandLine().getOut();
                if (output.json) {
                    Json.print(out, Map.of("feeds", feeds));
                    return;
                }
                Map<Long, Rep> reps = new java.util.HashMap<>();
                needle.store().reps().forEach(each -> reps.put(each.id(), each));
                out.printf("%6s  %-30s %5s  %-24s %-22s %s%n", "id", "rep", "days", "created by", "created", "revoked");
                for (Feed feed : feeds) {
                    Rep owner = reps.get(feed.repId());
                    out.printf("%6d  %-30s %5d  %-24s %-22s %s%n", feed.id(), Text.cut(owner == null ? String.valueOf(feed.repId())
                                    : owner.email() != null ? owner.email() : owner.name(), 30), feed.days(),
                            Text.cut(feed.createdBy() == null ? "(command line)" : feed.createdBy(), 24), feed.createdAt(),
                            feed.revokedAt() == null ? "-" : feed.revokedAt());
                }
                out.flush();
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revokes a feed by its id (see needle feed list): its URL answers 404 from now on, also on a running server.")
    static final class Revoke implements Runnable {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                needle.feeds().revoke(id, Actor.commandLine("needle feed revoke"));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Feed %d revoked.%n", id);
                out.flush();
            }
        }
    }
}
