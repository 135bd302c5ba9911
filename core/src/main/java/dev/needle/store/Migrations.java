package dev.needle.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations a dialect has on the class path, read without starting Flyway: in the jar users run
 * (a look through its directory) or in target/classes (tests).
 */
final class Migrations {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d{1,9})__[^/]*\\.sql");

    private Migrations() {
    }

    /** The highest V{n} of the dialect's migrations; empty when a file is named otherwise, so Flyway decides. */
    static OptionalInt newest(Dialect dialect) {
        String folder = dialect.migrations().substring("classpath:".length());
        return newest(fileNames(folder));
    }

    static OptionalInt newest(List<String> fileNames) {
        int newest = 0;
        for (String name : fileNames) {
            if (!name.endsWith(".sql")) continue;
            Matcher versioned = VERSIONED.matcher(name);
            if (!versioned.matches()) return OptionalInt.empty();
            newest = Math.max(newest, Integer.parseInt(versioned.group(1)));
        }
        return newest == 0 ? OptionalInt.empty() : OptionalInt.of(newest);
    }

    private static List<String> fileNames(String folder) {
        URL url = Migrations.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    return jar.stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                            .map(name -> name.substring(prefix.length())).filter(name -> !name.isEmpty()).toList();
                }
            }
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    return files.map(file -> file.getFileName().toString()).toList();
                }
            }
            return List.of(); // another kind of class path: Flyway finds what is there
        } catch (IOException | URISyntaxException e) {
            return List.of(); // Flyway will say what is wrong
        }
    }
}
