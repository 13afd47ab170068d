package com.portaldesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The layout on its own: characters the PDF fonts lack, a table longer than a page, an absurdly long word. */
@Tag("plain")
class PdfReportWriterTest {
    private static ReportCover cover(String firm) {
        return new ReportCover(
                "Safeguards evidence report",
                firm,
                Optional.empty(),
                "November 1, 2026 to November 30, " + "2026",
                List.of("Generated for a test."),
                firm + " - test");
    }

    @Test
    void aFirmNameInAnotherScript_isWrittenWithQuestionMarks_notRefused() throws Exception {
        byte[] pdf = PdfReportWriter.write(cover("Müller & Søn 東京 🙂"), List.of());
        assertThat(SafeguardsReportTest.textOf(pdf)).contains("Müller & Søn ?? ?");
    }

    @Test
    void aTableLongerThanAPage_goesOnOverThePages_withItsHeaderOnEach() throws Exception {
        List<List<String>> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> List.of("Row " + i, "value " + i))
                .toList();
        ReportSection section = new ReportSection(
                "Long",
                "16 CFR 314.4",
                List.of(new ReportBlock.Table(List.of("Which row", "Its value"), rows, List.of(0.5f, 0.5f), "-")));
        byte[] pdf = PdfReportWriter.write(cover("Lee & Partners CPA"), List.of(section));
        String text = SafeguardsReportTest.textOf(pdf);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(3);
        assertThat(text.split("Which row Its value", -1))
                .as("the header once per page")
                .hasSize(pages + 1);
        assertThat(text)
                .contains("Row 1 value 1")
                .contains("Row 200 value 200")
                .contains("Page " + pages + " of " + pages);
    }

    @Test
    void aWordLongerThanALine_isCutAcrossLines_andNothingIsLost() throws Exception {
        String word = "x".repeat(400);
        List<String> lines = PdfLayout.wrap(PdfLayout.REGULAR, 10, 200, "before " + word + " after");
        assertThat(lines)
                .hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(PdfLayout.widthOf(PdfLayout.REGULAR, 10, line))
                        .isLessThanOrEqualTo(200));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("before" + word + "after");
    }
}
