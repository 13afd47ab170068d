package com.portaldesk.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A cursor down Letter pages: writes text, wraps it, fills shapes, and starts a new page when the next piece does
 * not fit. Uses the PDF standard fonts (nothing to embed); a character they cannot show is written as "?".
 */
final class PdfLayout implements AutoCloseable {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    static final float MARGIN = 54;
    /** Room kept free at the foot of each page for the page footer. */
    static final float FOOTER = 36;

    private final PDDocument document;
    private PDPageContentStream out;
    private float y;

    PdfLayout(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float width() {
        return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void keepRoom(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    PDPageContentStream stream() {
        return out;
    }

    /** One line of text with its top at the cursor's height; does not move the cursor. */
    void text(PDFont font, float size, Color color, float x, float top, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(color);
        out.setFont(font, size);
        out.newLineAtOffset(x, top - size);
        out.showText(printable(font, text));
        out.endText();
    }

    /** Wrapped text across {@code width} from {@code x}, moving the cursor below it; pages break between lines. */
    void paragraph(PDFont font, float size, Color color, float x, float width, String text) throws IOException {
        for (String line : wrap(font, size, width, text)) {
            keepRoom(size * 1.4f);
            text(font, size, color, x, y, line);
            y -= size * 1.4f;
        }
    }

    void fill(Color color, float x, float bottom, float w, float h) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, bottom, w, h);
        out.fill();
    }

    void rule(Color color, float x, float atY, float w, float thickness) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(thickness);
        out.moveTo(x, atY);
        out.lineTo(x + w, atY);
        out.stroke();
    }

    static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** Lines of at most {@code width} points; a word longer than a line is cut. */
    static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String given : printable(font, text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : given.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(font, size, candidate) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
                while (widthOf(font, size, line.toString()) > width && line.length() > 1) {
                    int fits = fitting(font, size, width, line.toString());
                    lines.add(line.substring(0, fits));
                    line = new StringBuilder(line.substring(fits));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fitting(PDFont font, float size, float width, String text) throws IOException {
        int fits = 1;
        while (fits < text.length() && widthOf(font, size, text.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }

    /** The characters the standard fonts can show: arrows and quotes become their plain forms, anything else "?". */
    static String printable(PDFont font, String text) {
        String plain = text.replace("→", "->")
                .replace("\u2018", "'")
                .replace("\u2019", "'")
                .replace("\u201C", "\"")
                .replace("\u201D", "\"")
                .replace("\t", " ");
        StringBuilder shown = new StringBuilder();
        plain.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append(codePoint == '\n' ? "\n" : "?");
            }
        });
        return shown.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
