package dev.needle.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each object's CSV goes and with which columns. By default {@code <Object>.csv} with every
 * column; with loader file names the names Data Loader's default output leaves behind when a user
 * extracts object after object into one folder: {@code extract.csv}, {@code extract (1).csv}, ... in
 * {@link SalesforceObject} order, so that only headers and id key prefixes tell the objects apart.
 */
final class ExportFiles {
    private final Path directory;
    private final Format format;

    ExportFiles(Path directory, Format format) {
        this.directory = directory;
        this.format = format;
    }

    String fileName(SalesforceObject object) {
        if (!format.shape.loaderFileNames()) return object.apiName + ".csv";
        int number = object.ordinal();
        return number == 0 ? "extract.csv" : "extract (" + number + ").csv";
    }

    Path path(SalesforceObject object) {
        return directory.resolve(fileName(object));
    }

    /** The object's file, with all of {@code header} or only the chosen columns the shape asks for. */
    CsvFile create(SalesforceObject object, List<String> header) throws IOException {
        List<String> columns = format.shape.chosenColumns() ? ChosenColumns.pick(object, header) : header;
        return CsvFile.create(path(object), format, header, columns);
    }
}
