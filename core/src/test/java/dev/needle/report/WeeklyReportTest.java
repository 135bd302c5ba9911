package dev.needle.report;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.coach.CoachingPoint;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.RepCoaching;
import dev.needle.coach.WeeklyReport;
import dev.needle.measure.Period;
import dev.needle.testing.GeneratedOrg;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly team report of a generated org's busiest team, as XHTML and as PDF, read back with real parsers. */
class WeeklyReportTest {
    static WeeklyReport report;
    static String page;
    static byte[] pdf;

    @BeforeAll
    static void renderTheLastWeekOfAGeneratedOrg() {
        GeneratedOrg org = GeneratedOrg.of(40, 250, 3);
        String busyRep = org.planted().get("busyNotProductiveReps").get(0).asText();
        String team = org.dataset().reps().stream().filter(rep -> rep.externalId().equals(busyRep)).findFirst().orElseThrow().team();
        Period week = PeriodSpec.weekOf(LocalDate.of(2026, 6, 26));
        report = WeeklyReport.of(org.dataset(), ActivityCatalog.defaults(), team.toUpperCase(), week, week.to());
        page = WeeklyReportPage.render(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdf.write(page, out);
        pdf = out.toByteArray();
    }

    @Test
    void thePageIsWellFormedXhtmlWithAChartForEverySectionAndNothingFetched() throws Exception {
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(7);
        assertThat(document.getElementsByTagName("section").getLength()).isEqualTo(7);
        assertThat(page).doesNotContain("<script", "<link", "src=", "@import");
        assertThat(page).doesNotContainPattern("url\\((?!#)"); // the charts' clip paths refer within the page only
        assertThat(page).contains("Team " + report.team(), "2026-W26", "Busy against productive", "Funnel", "Forecast",
                "Deal hygiene", "Coaching");
    }

    @Test
    void theReportCoversEveryRepOfTheTeamAndOnlyThem() {
        assertThat(report.coaching()).isNotEmpty().allMatch(rep -> rep.team().equals(report.team()));
        assertThat(report.windowReps()).allMatch(rep -> rep.team().equals(report.team()));
        assertThat(report.hygiene().deals()).allMatch(deal ->
                report.coaching().stream().anyMatch(rep -> rep.rep().id() == deal.deal().ownerId()));
        for (RepCoaching rep : report.coaching()) {
            for (CoachingPoint point : rep.top()) assertThat(page).contains(Html.text(point.sentence()));
        }
    }

    @Test
    void thePdfsFirstPageRendersAsAnImageThatIsNotBlankAndItsTextHasTheTeamAndACoachingSentence() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(7);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertThat(inkShare(first)).isGreaterThan(0.02);

            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Team " + report.team(), "week 2026-W26");
            String sentence = report.coaching().stream().flatMap(rep -> rep.top().stream()).findFirst().orElseThrow().sentence();
            assertThat(text).contains(sentence.substring(0, 40));
        }
    }

    @Test
    void theSameDataAndWeekGiveTheSamePageByteForByte() {
        GeneratedOrg org = GeneratedOrg.of(40, 250, 3);
        WeeklyReport again = WeeklyReport.of(org.dataset(), ActivityCatalog.defaults(), report.team(), report.week(),
                report.week().to());

        assertThat(WeeklyReportPage.render(again)).isEqualTo(page);
    }

    /** The share of pixels that are not near-white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xFF, green = (rgb >> 8) & 0xFF, blue = rgb & 0xFF;
                if (red + green + blue < 600) ink++;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
