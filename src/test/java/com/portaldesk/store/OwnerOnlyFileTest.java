package com.portaldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.testutil.OtherAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one way PortalDesk writes a file that holds a secret or client data: owner-only from its first byte, never
 * through a link, never keeping another account's file or mode, never over PortalDesk's own key, password, database
 * or checkpoints, and whole or not at all.
 */
@Tag("process")
class OwnerOnlyFileTest {
    @TempDir
    Path dir;

    private Path share;

    @BeforeEach
    void shareOpenToEveryone() throws IOException {
        share = Files.createDirectory(dir.resolve("share"));
        OtherAccount.openToOthers(share, dir);
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void theFile_isOwnerOnly_fromItsFirstByte_andAnotherAccountCannotReadIt() throws Exception {
        Path target = share.resolve("clients.csv");
        List<String> modesWhileWriting = new ArrayList<>();
        OwnerOnlyFile.write(target, out -> {
            out.write("Ann,Lee,ann@example.com\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try (Stream<Path> files = Files.list(share)) {
                for (Path partial : files.toList()) {
                    modesWhileWriting.add(partial.getFileName() + " " + mode(partial));
                }
            }
        });
        assertThat(modesWhileWriting)
                .singleElement()
                .asString()
                .startsWith(".clients.csv.")
                .endsWith(".partial rw-------");
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(Files.readString(target)).isEqualTo("Ann,Lee,ann@example.com\n");
        if (OtherAccount.available()) {
            OtherAccount.Read read = OtherAccount.read(target);
            assertThat(read.succeeded())
                    .as("another account reads it: " + read.output())
                    .isFalse();
            assertThat(read.error()).contains("Permission denied");
        }
    }

    @Test
    void aTargetThatIsALink_isReplaced_notWrittenThrough() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "someone else's file");
        Path link = Files.createSymbolicLink(share.resolve("report.pdf"), victim);
        OwnerOnlyFile.writeString(link, "the report");
        assertThat(Files.readString(victim)).isEqualTo("someone else's file");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("the report");
        assertThat(mode(link)).isEqualTo("rw-------");
    }

    @Test
    void anExistingFile_ofAnotherAccount_withItsOwnMode_isReplacedByAnOwnerOnlyFileOfOurs() throws Exception {
        Path existing = Files.writeString(share.resolve("backup-notes.txt"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw-rw-"));
        if (OtherAccount.available()) {
            OtherAccount.giveAway(existing);
        }
        OwnerOnlyFile.writeString(existing, "new");
        assertThat(mode(existing)).isEqualTo("rw-------");
        assertThat(Files.getOwner(existing).getName()).isEqualTo(System.getProperty("user.name"));
        assertThat(Files.readString(existing)).isEqualTo("new");
    }

    @Test
    void aWriteThatFails_leavesTheOldFileAndNoPartial() throws Exception {
        Path target = Files.writeString(share.resolve("export.csv"), "previous export");
        assertThatThrownBy(() -> OwnerOnlyFile.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(share)) {
            assertThat(files).containsExactly(target);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "portaldesk.key",
                "PORTALDESK.KEY",
                "portaldesk.key.",
                "portaldesk.key  ",
                "portaldesk.key:stream",
                "portaldesk.db-password",
                "portaldesk.mv.db",
                "portaldesk.trace.db",
                "logs/audit-checkpoints.log",
                "logs/portaldesk.log",
                "LOGS/portaldesk.2026-12-06.0.log"
            })
    void portalDesksOwnFiles_areRefusedAsTargets_andStayAsTheyWere(String name) throws Exception {
        Path data = DataFolder.prepare(dir.resolve("data"));
        KeyFile.create(data);
        byte[] key = KeyFile.read(data);
        Files.createDirectories(data.resolve("logs"));
        Path checkpoints = Files.writeString(data.resolve("logs/audit-checkpoints.log"), "PD1-1-...\n");
        Path target = data.resolve(name);
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;

        assertThatThrownBy(() -> OwnerOnlyFile.writeString(target, "an export"))
                .isInstanceOf(ProtectedFileException.class)
                .hasMessageContaining("PortalDesk's own files")
                .hasMessageContaining("Nothing was written");
        if (before != null) {
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
        assertThat(KeyFile.read(data)).isEqualTo(key);
        assertThat(Files.readString(checkpoints)).isEqualTo("PD1-1-...\n");
    }

    @Test
    void theKeyFile_reachedThroughALinkToItsFolder_isRefusedToo() throws Exception {
        Path data = DataFolder.prepare(dir.resolve("data"));
        KeyFile.create(data);
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), data);
        assertThatThrownBy(() -> OwnerOnlyFile.writeString(alias.resolve("portaldesk.key"), "x"))
                .isInstanceOf(ProtectedFileException.class);
        assertThatThrownBy(() -> OwnerOnlyFile.writeString(data.resolve("../data/./portaldesk.key"), "x"))
                .isInstanceOf(ProtectedFileException.class);
    }

    @Test
    void otherNamesInTheDataFolder_areFine() throws Exception {
        Path data = DataFolder.prepare(dir.resolve("data"));
        KeyFile.create(data);
        OwnerOnlyFile.writeString(data.resolve("portaldesk-export.csv"), "x");
        assertThat(mode(data.resolve("portaldesk-export.csv"))).isEqualTo("rw-------");
    }

    @Test
    void appendLine_createsOwnerOnly_andRefusesALink() throws Exception {
        Path log = share.resolve("checkpoints.log");
        OwnerOnlyFile.appendLine(log, "one\n");
        OwnerOnlyFile.appendLine(log, "two\n");
        assertThat(Files.readString(log)).isEqualTo("one\ntwo\n");
        assertThat(mode(log)).isEqualTo("rw-------");

        Path victim = Files.writeString(dir.resolve("victim.log"), "untouched");
        Path link = Files.createSymbolicLink(share.resolve("linked.log"), victim);
        assertThatThrownBy(() -> OwnerOnlyFile.appendLine(link, "three\n")).isInstanceOf(IOException.class);
        assertThat(Files.readString(victim)).isEqualTo("untouched");
    }

    @Test
    void appendLine_toAFileSomeoneOpenedToOthers_tightensIt() throws Exception {
        Path log = share.resolve("checkpoints.log");
        OwnerOnlyFile.appendLine(log, "one\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFile.appendLine(log, "two\n");
        assertThat(mode(log)).isEqualTo("rw-------");
    }

    @Test
    void aMissingFolderOnTheWay_isMadeOwnerOnly() throws Exception {
        Path nested = share.resolve("backups/2026");
        OwnerOnlyFile.createFolders(nested);
        assertThat(mode(share.resolve("backups"))).isEqualTo("rwx------");
        assertThat(mode(nested)).isEqualTo("rwx------");
        assertThat(mode(share))
                .as("a folder that existed keeps its permissions")
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void theAccessListGrantsTheOwnerAlone() {
        var principal = (UserPrincipal) () -> "ann";
        var attribute = OwnerOnlyFile.ownerOnlyAcl(principal);
        assertThat(attribute.name()).isEqualTo("acl:acl");
        assertThat(attribute.value()).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isSameAs(principal);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
        });
    }
}
