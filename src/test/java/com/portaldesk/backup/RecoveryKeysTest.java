package com.portaldesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.RecoveryKey;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery key in the staff app: shown (audited), saved as a sheet, confirmed only by the right group. */
@Tag("db")
class RecoveryKeysTest {
    @TempDir
    Path dir;

    @Test
    void confirmingTakesTheRightGroup_andIsRecordedOnce() {
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            RecoveryKeys keys = context.recoveryKeys();
            assertThat(keys.confirmed()).isFalse();
            List<String> groups = keys.show(TestActor.STAFF, "at first-run setup");
            assertThat(groups).hasSize(13);
            assertThat(RecoveryKey.parse(String.join("", groups))).isEqualTo(KeyFile.read(dir.resolve("data")));

            assertThat(keys.confirm(TestActor.STAFF, 4, groups.get(4)))
                    .as("group 5 typed for group 4")
                    .isFalse();
            assertThat(keys.confirmed()).isFalse();
            assertThat(keys.confirm(TestActor.STAFF, 4, groups.get(3).toLowerCase(Locale.ROOT)))
                    .isTrue();
            assertThat(keys.confirmed()).isTrue();
            assertThat(context.audit()
                            .list(new AuditQuery(null, null, AuditEventType.RECOVERY_KEY_CONFIRMED, null, null, 10)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("group 4 typed back"));
            assertThat(context.audit()
                            .list(new AuditQuery(null, null, AuditEventType.RECOVERY_KEY_SHOWN, null, null, 10)))
                    .hasSize(1);
        }
    }

    @Test
    void theSheet_isAPdfWithTheFirm_theDate_andTheWholeKey() throws Exception {
        Path pdf = dir.resolve("recovery-sheet.pdf");
        List<String> groups;
        try (AppContext context = TestDatabase.open(dir.resolve("data"))) {
            context.policies()
                    .saveFirm(new FirmDetails("Lee & Partners CPA — Zürich 北", "(415) 555-0100"), TestActor.STAFF);
            groups = RecoveryKey.groups(KeyFile.read(dir.resolve("data")));
            context.recoveryKeys().saveSheet(pdf, TestActor.STAFF);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Lee & Partners CPA ")
                    .contains("Zürich ?")
                    .contains("PortalDesk recovery key")
                    .contains("portaldesk recovery-key restore");
            for (String group : groups) {
                assertThat(text).contains(group);
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
            assertThat(page.getWidth()).isEqualTo(510);
            if (System.getProperty("portaldesk.sheet-png") != null) {
                ImageIO.write(
                        page,
                        "png",
                        Path.of(System.getProperty("portaldesk.sheet-png")).toFile());
            }
        }
        assertThat(Files.exists(dir.resolve("recovery-sheet.pdf.partial"))).isFalse();
    }
}
