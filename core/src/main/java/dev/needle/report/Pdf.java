package dev.needle.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** XHTML to PDF with openhtmltopdf (PDFBox); inline SVG is drawn by its Batik support, as vectors. */
public final class Pdf {
    static {
        // openhtmltopdf logs its progress through java.util.logging to stderr, which the CLI keeps for errors
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private Pdf() {
    }

    public static void write(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }
}
