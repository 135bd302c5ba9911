package dev.needle.report;

/** The report's stylesheet: plain CSS 2.1 (what the PDF renderer supports), A4 pages when printed. */
final class Style {
    static final String CSS = """
            @page { size: A4; margin: 14mm 13mm 16mm 13mm;
              @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #78909c; } }
            body { font-family: "Helvetica", "Arial", sans-serif; font-size: 10pt; color: #263238; margin: 0 auto; max-width: 760px; line-height: 1.35; }
            header { border-bottom: 3px solid #1565c0; padding-bottom: 6px; margin-bottom: 10px; }
            .kicker { text-transform: uppercase; letter-spacing: 1px; font-size: 8pt; color: #1565c0; margin: 0; }
            h1 { font-size: 19pt; margin: 2px 0 2px 0; }
            h2 { font-size: 14pt; color: #1565c0; border-bottom: 1px solid #cfd8dc; padding-bottom: 3px; margin: 0 0 6px 0; }
            h3 { font-size: 11pt; margin: 10px 0 3px 0; }
            .sub, .note, figcaption, .foot { color: #546e7a; font-size: 9pt; }
            .lead { font-size: 11pt; }
            section { page-break-before: always; padding-top: 4px; }
            section.first { page-break-before: auto; margin-top: 14px; }
            table.kpis { width: 100%; border-collapse: separate; border-spacing: 6px 0; margin: 6px -6px; }
            table.kpis td { background: #eef4fb; border-radius: 4px; padding: 6px 8px; vertical-align: top; width: 16.6%; }
            table.kpis .value { display: block; font-size: 14pt; font-weight: bold; color: #0d47a1; }
            table.kpis .label { display: block; font-size: 8pt; color: #546e7a; }
            table.data { width: 100%; border-collapse: collapse; margin: 6px 0 10px 0; font-size: 8.5pt; }
            table.data th { text-align: left; border-bottom: 1.5px solid #90a4ae; padding: 3px 4px; color: #37474f; }
            table.data td { border-bottom: 1px solid #eceff1; padding: 2px 4px; }
            table.data tr { page-break-inside: avoid; }
            tr.alarm td { background: #fdecea; }
            figure { margin: 6px 0 8px 0; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { margin-top: 2px; }
            .rep { page-break-inside: avoid; border-left: 3px solid #cfd8dc; padding-left: 8px; margin-bottom: 8px; }
            .tag { font-size: 8pt; font-weight: normal; color: #546e7a; background: #eceff1; padding: 1px 5px; border-radius: 3px; }
            ol { margin: 2px 0 0 0; padding-left: 20px; }
            li { margin-bottom: 3px; }
            li.effect { color: #1b5e20; }
            li.thin { color: #78909c; }
            .foot { margin-top: 18px; border-top: 1px solid #cfd8dc; padding-top: 4px; }
            """;

    private Style() {
    }
}
