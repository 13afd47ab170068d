package com.portaldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chosen text size survives a restart; a damaged or missing file opens at 100% and never stops the app. */
@Tag("plain")
class TextSizeFileTest {
    @TempDir
    Path dataDir;

    @Test
    void aChosenSize_isThereAtTheNextStart_inAnOwnerOnlyFile() throws Exception {
        TextSizeFile.open(dataDir).set(175);
        TextSizeFile.awaitWrites();
        assertThat(TextSizeFile.open(dataDir).percentProperty().get()).isEqualTo(175);
        Path file = dataDir.resolve(TextSizeFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void noFile_orADamagedOne_opensAt100() throws Exception {
        assertThat(TextSizeFile.open(dataDir).percentProperty().get()).isEqualTo(100);
        Files.writeString(dataDir.resolve(TextSizeFile.NAME), "large\n");
        assertThat(TextSizeFile.open(dataDir).percentProperty().get()).isEqualTo(100);
        Files.writeString(dataDir.resolve(TextSizeFile.NAME), "130\n");
        assertThat(TextSizeFile.open(dataDir).percentProperty().get()).isEqualTo(100);
    }

    @Test
    void aFolderThatCannotBeWritten_keepsTheSizeForThisRun() throws Exception {
        Path gone = dataDir.resolve("not-there");
        var size = TextSizeFile.open(gone);
        size.set(150);
        TextSizeFile.awaitWrites();
        assertThat(size.percentProperty().get()).isEqualTo(150);
        assertThat(gone).doesNotExist();
    }
}
