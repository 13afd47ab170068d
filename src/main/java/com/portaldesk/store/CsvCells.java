package com.portaldesk.store;

/** Cells of a CSV file PortalDesk writes, made safe to open in a spreadsheet. */
public final class CsvCells {
    private CsvCells() {}

    /**
     * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
     * apostrophe, so a name like "=HYPERLINK(...)" typed by anyone stays text when staff open the file.
     */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
