package com.portaldesk.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole and checked before anything else happens: it must be UTF-8 text (a BOM is fine),
 * not a spreadsheet or binary file, not empty, and well-formed. Comma, semicolon and tab separators are
 * recognised from the header line, since Excel in many countries saves with semicolons.
 */
public record CsvFile(List<String> headers, List<Row> rows) {
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** One data row with its line number in the file, for messages the user can find. */
    public record Row(long line, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public CsvFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static CsvFile read(Path path) {
        byte[] bytes = readBytes(path);
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new ImportException("The file is empty.");
        }
        return parse(text);
    }

    private static byte[] readBytes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new ImportException(path + " is a folder, not a CSV file.");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ImportException(
                        "The file is larger than 50 MB. Split it into smaller files and import each.");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ImportException("There is no file at " + path + ".");
        } catch (IOException e) {
            throw new ImportException("Cannot read " + path + ": " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            throw new ImportException("This is an Excel workbook or a zip file, not CSV. In Excel, use "
                    + "File > Save As > 'CSV UTF-8 (Comma delimited)' and import that file.");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new ImportException("The file is UTF-16 text. Save it as 'CSV UTF-8' and import that file.");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException("This is not a CSV file: it contains binary data.");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("The file is not UTF-8 text (it may be Windows-1252 or another older encoding). "
                    + "Save it as 'CSV UTF-8' and import that file.");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CsvFile parse(String text) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(detectDelimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException("The file is not well-formed CSV: " + conciseReason(e)
                    + ". Check for a quotation mark that is opened and never closed.");
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new ImportException("The file has no header line naming its columns.");
        }
        return new CsvFile(headers, rows);
    }

    private static String conciseReason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
