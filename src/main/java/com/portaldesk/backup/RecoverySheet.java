package com.portaldesk.backup;

import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printable recovery sheet: one Letter page with the firm's name, the date, the recovery key in large type and
 * what to do with it. Written with the PDF standard fonts (nothing to embed); a character they cannot show (a firm
 * name in another script) is written as "?" rather than failing.
 */
final class RecoverySheet {
    private static final PDFont TITLE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont TEXT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont KEY = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
    private static final float MARGIN = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private static final List<String> WHAT_IT_IS = List.of(
            "This key opens everything PortalDesk keeps encrypted for the firm: clients' Social Security numbers and "
                    + "PINs, change-request notes, delivery passwords, and every backup.",
            "You need it when the key file (portaldesk.key) is lost or damaged, for example after a disk failure: run "
                    + "'portaldesk recovery-key restore --recovery-key' and type it in, or restore a backup with it "
                    + "('portaldesk backup restore FILE --recovery-key'). Dashes, spaces and small letters do not matter; "
                    + "a mistyped group is named.");
    private static final List<String> HOW_TO_KEEP = List.of(
            "Keep this sheet locked away (a safe, a bank deposit box), apart from the backups: the key and a backup "
                    + "together open every client's SSN.",
            "Never photograph it, email it, or store it on the computer or in a shared folder.",
            "Whoever holds it can read client data: treat it like the office's master key.");

    private RecoverySheet() {}

    static void write(Path pdf, String firmName, LocalDate date, List<String> groups) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("PortalDesk recovery key - " + printable(TEXT, firmName));
            info.setCreator("PortalDesk");
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(out, TITLE, 22, printable(TITLE, firmName), y);
                y = line(out, TEXT, 13, "PortalDesk recovery key, written down on " + DATE.format(date), y - 6);
                y -= 28;
                out.setLineWidth(1.5f);
                out.addRect(MARGIN, y - 138, width, 150);
                out.stroke();
                y -= 18;
                for (int row = 0; row < groups.size(); row += 5) {
                    String text = String.join(" - ", groups.subList(row, Math.min(row + 5, groups.size())));
                    y = line(out, KEY, 20, text, y - 10, MARGIN + 18);
                }
                y = line(
                        out,
                        TEXT,
                        10,
                        "13 groups of 5 characters. The letters I, L, O and U are never used: "
                                + "what looks like O is the digit 0.",
                        y - 16,
                        MARGIN + 18);
                y -= 30;
                y = paragraphs(out, "What it is, and when you need it", WHAT_IT_IS, width, y);
                y = paragraphs(out, "How to keep it", HOW_TO_KEEP, width, y - 10);
                y -= 26;
                line(
                        out,
                        TEXT,
                        12,
                        "Kept by: ______________________________   Where: ______________________________",
                        y);
            }
            // The data key, written for people: owner-only from the first byte, never over PortalDesk's own files.
            OwnerOnlyFile.write(pdf, document::save);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the recovery sheet " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static float paragraphs(PDPageContentStream out, String heading, List<String> texts, float width, float y)
            throws IOException {
        y = line(out, TITLE, 13, heading, y);
        for (String text : texts) {
            y -= 4;
            for (String wrapped : wrap(text, TEXT, 11, width)) {
                y = line(out, TEXT, 11, wrapped, y - 2);
            }
        }
        return y;
    }

    private static float line(PDPageContentStream out, PDFont font, float size, String text, float y)
            throws IOException {
        return line(out, font, size, text, y, MARGIN);
    }

    private static float line(PDPageContentStream out, PDFont font, float size, String text, float y, float x)
            throws IOException {
        float baseline = y - size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
        return baseline - size * 0.35f;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The characters the standard font can show; any other becomes "?". */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
