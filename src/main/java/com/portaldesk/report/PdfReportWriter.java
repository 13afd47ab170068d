package com.portaldesk.report;

import com.portaldesk.report.ReportBlock.Bar;
import com.portaldesk.report.ReportBlock.BarChart;
import com.portaldesk.report.ReportBlock.Finding;
import com.portaldesk.report.ReportBlock.Paragraph;
import com.portaldesk.report.ReportBlock.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lays a report's cover and sections out as a PDF: headings, wrapped text, tables, bar charts and page numbers. */
final class PdfReportWriter {
    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x5B, 0x64, 0x70);
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);
    static final Color LINE = new Color(0xD5, 0xDA, 0xE1);
    static final Color HEADER_FILL = new Color(0xEE, 0xF1, 0xF5);
    static final Color WARNING = new Color(0xB4, 0x23, 0x18);
    static final Color FINE = new Color(0x1E, 0x7B, 0x3A);
    private static final float TEXT = 10;
    private static final float CELL_PAD = 4;

    private PdfReportWriter() {}

    /** The finished PDF's bytes. */
    static byte[] write(ReportCover cover, List<ReportSection> sections) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation()
                    .setTitle(PdfLayout.printable(
                            PdfLayout.REGULAR, cover.title() + " - " + cover.firmName() + ", " + cover.period()));
            document.getDocumentInformation().setCreator("PortalDesk");
            try (PdfLayout layout = new PdfLayout(document)) {
                cover(document, layout, cover);
                for (ReportSection section : sections) {
                    section(layout, section);
                }
            }
            footers(document, cover.footer());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void cover(PDDocument document, PdfLayout layout, ReportCover cover) throws IOException {
        float left = PdfLayout.MARGIN;
        if (cover.logoPng().isPresent()) {
            PDImageXObject logo =
                    PDImageXObject.createFromByteArray(document, cover.logoPng().get(), "logo");
            float scale = Math.min(56f / logo.getHeight(), 170f / logo.getWidth());
            float h = logo.getHeight() * scale;
            layout.stream().drawImage(logo, left, layout.y() - h, logo.getWidth() * scale, h);
            layout.down(h + 14);
        }
        layout.text(PdfLayout.BOLD, 22, INK, left, layout.y(), cover.title());
        layout.down(30);
        layout.text(PdfLayout.BOLD, 14, ACCENT, left, layout.y(), cover.firmName());
        layout.down(20);
        layout.text(PdfLayout.REGULAR, 12, INK, left, layout.y(), cover.period());
        layout.down(20);
        for (String line : cover.lines()) {
            layout.paragraph(PdfLayout.REGULAR, 9, MUTED, left, layout.width(), line);
        }
        layout.down(6);
        layout.rule(ACCENT, left, layout.y(), layout.width(), 1.5f);
        layout.down(14);
    }

    private static void section(PdfLayout layout, ReportSection section) throws IOException {
        layout.keepRoom(90);
        float left = PdfLayout.MARGIN;
        layout.text(PdfLayout.BOLD, 15, ACCENT, left, layout.y(), section.title());
        layout.down(19);
        layout.text(PdfLayout.ITALIC, 9, MUTED, left, layout.y(), section.rule());
        layout.down(14);
        for (ReportBlock block : section.blocks()) {
            if (block instanceof Paragraph p) {
                layout.paragraph(PdfLayout.REGULAR, TEXT, INK, left, layout.width(), p.text());
            } else if (block instanceof Table t) {
                table(layout, t);
            } else if (block instanceof BarChart c) {
                chart(layout, c);
            } else if (block instanceof Finding f) {
                finding(layout, f);
            }
            layout.down(7);
        }
        layout.down(12);
    }

    private static void finding(PdfLayout layout, Finding finding) throws IOException {
        float left = PdfLayout.MARGIN;
        List<String> lines = PdfLayout.wrap(PdfLayout.BOLD, TEXT, layout.width() - 16, finding.text());
        float height = lines.size() * TEXT * 1.4f;
        layout.keepRoom(height + 4);
        layout.fill(finding.warning() ? WARNING : FINE, left, layout.y() - height + 2, 4, height);
        float top = layout.y();
        for (String line : lines) {
            layout.text(PdfLayout.BOLD, TEXT, finding.warning() ? WARNING : FINE, left + 12, top, line);
            top -= TEXT * 1.4f;
        }
        layout.down(height);
    }

    private static void table(PdfLayout layout, Table table) throws IOException {
        float[] widths = new float[table.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.widths().get(i) * layout.width();
        }
        layout.keepRoom(4 * TEXT * 1.35f + 4 * CELL_PAD);
        row(layout, table.headers(), widths, true);
        if (table.rows().isEmpty()) {
            row(layout, List.of(table.whenEmpty()), new float[] {layout.width()}, false);
        }
        for (List<String> cells : table.rows()) {
            if (row(layout, cells, widths, false)) {
                row(layout, table.headers(), widths, true);
                row(layout, cells, widths, false);
            }
        }
    }

    /** Draws one row; returns true, drawing nothing, when it needed a new page first (the header comes again). */
    private static boolean row(PdfLayout layout, List<String> cells, float[] widths, boolean header)
            throws IOException {
        var font = header ? PdfLayout.BOLD : PdfLayout.REGULAR;
        float size = TEXT - 0.5f;
        List<List<String>> wrapped = new ArrayList<>();
        int tallest = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = PdfLayout.wrap(font, size, widths[i] - 2 * CELL_PAD, cells.get(i));
            wrapped.add(lines);
            tallest = Math.max(tallest, lines.size());
        }
        float height = tallest * size * 1.35f + 2 * CELL_PAD;
        if (layout.y() - height < PdfLayout.MARGIN + PdfLayout.FOOTER) {
            layout.newPage();
            return !header;
        }
        float x = PdfLayout.MARGIN;
        if (header) {
            layout.fill(HEADER_FILL, x, layout.y() - height, layout.width(), height);
        }
        for (int i = 0; i < wrapped.size(); i++) {
            float top = layout.y() - CELL_PAD;
            for (String line : wrapped.get(i)) {
                layout.text(font, size, INK, x + CELL_PAD, top, line);
                top -= size * 1.35f;
            }
            x += widths[i];
        }
        layout.down(height);
        layout.rule(LINE, PdfLayout.MARGIN, layout.y(), layout.width(), 0.6f);
        return false;
    }

    private static void chart(PdfLayout layout, BarChart chart) throws IOException {
        float rowHeight = 13;
        layout.keepRoom(18 + rowHeight * Math.min(chart.bars().size(), 4));
        layout.text(PdfLayout.BOLD, TEXT, INK, PdfLayout.MARGIN, layout.y(), chart.title());
        layout.down(16);
        long most = chart.bars().stream().mapToLong(Bar::value).max().orElse(0);
        float labelWidth = layout.width() * 0.34f;
        float barRoom = layout.width() - labelWidth - 60;
        for (Bar bar : chart.bars()) {
            layout.keepRoom(rowHeight);
            String label = PdfLayout.wrap(PdfLayout.REGULAR, 8.5f, labelWidth - 8, bar.label())
                    .get(0);
            layout.text(PdfLayout.REGULAR, 8.5f, INK, PdfLayout.MARGIN, layout.y() - 1, label);
            float length = most == 0 ? 0 : barRoom * bar.value() / most;
            float x = PdfLayout.MARGIN + labelWidth;
            layout.fill(ACCENT, x, layout.y() - 10, Math.max(length, bar.value() > 0 ? 1.5f : 0), 9);
            layout.text(PdfLayout.REGULAR, 8.5f, INK, x + length + 4, layout.y() - 1, ReportWords.count(bar.value()));
            layout.down(rowHeight);
        }
        if (chart.bars().isEmpty()) {
            layout.text(PdfLayout.ITALIC, 8.5f, MUTED, PdfLayout.MARGIN, layout.y(), "Nothing to show in the period.");
            layout.down(rowHeight);
        }
    }

    /** "Page N of M" and the report's name at the foot of every page, once the number of pages is known. */
    private static void footers(PDDocument document, String footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream out =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float bottom = PdfLayout.MARGIN - 10;
                String number = "Page " + (i + 1) + " of " + pages;
                float right = page.getMediaBox().getWidth() - PdfLayout.MARGIN;
                out.setStrokingColor(LINE);
                out.setLineWidth(0.6f);
                out.moveTo(PdfLayout.MARGIN, bottom + 14);
                out.lineTo(right, bottom + 14);
                out.stroke();
                write(out, PdfLayout.MARGIN, bottom, PdfLayout.printable(PdfLayout.REGULAR, footer));
                write(out, right - PdfLayout.widthOf(PdfLayout.REGULAR, 8, number), bottom, number);
            }
        }
    }

    private static void write(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(MUTED);
        out.setFont(PdfLayout.REGULAR, 8);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
