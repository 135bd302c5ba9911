package dev.needle.spark;

import dev.needle.domain.OrgHistory;
import dev.needle.measure.UnitRunner;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The unit runner on Spark: the rows of every unit grouped by key ({@code groupByKey}), each group made
 * into its unit and given to the unit function on an executor ({@code mapGroups}), and the parts brought
 * back to the driver in key order, the order the store walks its units, where the analysis finishes them
 * as it does after any other runner. The function and its analysis travel to the executors, and the parts
 * back, in Java's serialization.
 */
final class SparkRunner implements UnitRunner {
    @Override
    public <R> List<R> map(OrgHistory history, UnitFunction<R> function) {
        if (!(history instanceof SparkHistory spark)) {
            throw new IllegalArgumentException("the Spark runner maps the units of a history Spark reads, not of " + history);
        }
        var parts = spark.tables().unitRows()
                .groupByKey((MapFunction<Row, Long>) row -> row.getAs(Tables.KEY), Encoders.LONG())
                .mapGroups((MapGroupsFunction<Long, Row, Tuple2<Long, byte[]>>) (key, rows) ->
                        new Tuple2<>(key, bytes(function.apply(UnitRows.unit(key, rows)))), Encoders.tuple(Encoders.LONG(), Encoders.BINARY()))
                .sort("_1");
        // a group of units at a time (a job per shuffle partition): the driver holds the parts read back and one
        // group's bytes, not every part twice, which a 10 M-activity org did not fit in a 2 GB heap
        List<R> results = new ArrayList<>();
        Iterator<Tuple2<Long, byte[]>> inOrder = parts.toLocalIterator();
        while (inOrder.hasNext()) results.add(object(inOrder.next()._2()));
        return results;
    }

    static byte[] bytes(Object part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part);
        } catch (IOException e) {
            throw new UncheckedIOException("a unit's part could not be serialized (" + e.getMessage() + ")", e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <R> R object(byte[] bytes) {
        try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (R) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a unit's part names a class the driver does not have: " + e.getMessage(), e);
        }
    }

    /** Resolves classes through the thread's loader: under spark-submit, Needle's classes are in the job jar's. */
    private static final class ContextObjectInputStream extends ObjectInputStream {
        ContextObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) return super.resolveClass(description);
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
