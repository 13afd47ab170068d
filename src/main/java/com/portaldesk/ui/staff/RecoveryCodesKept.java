package com.portaldesk.ui.staff;

import com.portaldesk.staff.RecoveryCodesFile;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A staff member's new recovery codes kept the three ways the enrolment screen offers (copied, saved to an
 * owner-only file, printed); each way answers with what happened, in words for the screen.
 */
record RecoveryCodesKept(String username, List<String> codes) {
    /** The codes as a short text a person can keep: who they belong to, when, and how to use them. */
    String text() {
        return "PortalDesk recovery codes for " + username + " (" + LocalDate.now()
                + ")\nEach code works once, in place of the authenticator app's code.\n\n"
                + String.join("\n", codes) + "\n";
    }

    String copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(text());
        Clipboard.getSystemClipboard().setContent(content);
        return "Copied. Paste them into a password manager, then clear the clipboard.";
    }

    /** Asks where, then saves; "" when the person chose no file. */
    String save(Window over) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the recovery codes");
        chooser.setInitialFileName("portaldesk-recovery-codes.txt");
        File file = chooser.showSaveDialog(over);
        if (file == null) {
            return "";
        }
        try {
            RecoveryCodesFile.save(file.toPath(), text());
            return "Saved to " + file.getName() + ". Keep the file somewhere only you can open.";
        } catch (IOException e) {
            return "Not saved: " + e.getMessage();
        }
    }

    String print(Window over) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return "No printer is set up on this computer. Save the codes to a file and print that.";
        }
        Label page = new Label(text());
        page.setStyle("-fx-font-family: monospace; -fx-font-size: 12pt; -fx-padding: 36;");
        if (job.showPrintDialog(over) && job.printPage(page)) {
            job.endJob();
            return "Sent to the printer.";
        }
        job.cancelJob();
        return "Not printed.";
    }
}
