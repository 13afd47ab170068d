package com.portaldesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.testutil.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class FirmLogoTest {
    @TempDir
    Path dir;

    static byte[] picture(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(0, 0, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aLargePicture_isDrawnAgainAsASmallPng() throws Exception {
        for (String format : new String[] {"png", "jpeg"}) {
            byte[] stored = FirmLogo.fromFile(picture(1200, 300, format));
            BufferedImage logo = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(logo.getWidth()).isEqualTo(384);
            assertThat(logo.getHeight()).isEqualTo(96);
            assertThat(stored).startsWith(0x89, 'P', 'N', 'G');
        }
        BufferedImage wide = ImageIO.read(new ByteArrayInputStream(FirmLogo.fromFile(picture(2000, 100, "png"))));
        assertThat(wide.getWidth()).isEqualTo(480);
    }

    @Test
    void whatIsNotAPicture_orClaimsAnEnormousOne_isRefusedInWords() throws Exception {
        assertThatThrownBy(() -> FirmLogo.fromFile("just some text, not a logo".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Choose a PNG or JPEG file");
        assertThatThrownBy(() -> FirmLogo.fromFile(new byte[0])).hasMessage("The file is empty.");
        assertThatThrownBy(() -> FirmLogo.fromFile(new byte[FirmLogo.MAX_FILE_BYTES + 1]))
                .hasMessageContaining("larger than 5 MB");
        byte[] bomb = picture(10, 10, "png");
        // The header says 100,000 × 100,000 pixels (with a correct checksum): refused before anything is decoded.
        ByteBuffer.wrap(bomb, 16, 8).putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
        assertThatThrownBy(() -> FirmLogo.fromFile(bomb)).hasMessageContaining("more than 6000 pixels");
    }

    @Test
    void savedLogo_isReadBack_removable_andEachChangeIsAudited() throws Exception {
        try (AppContext context = TestDatabase.open(dir)) {
            PolicyService policies = context.policies();
            assertThat(policies.logo()).isEmpty();
            policies.saveLogo(picture(200, 100, "png"), Actor.staff("ann", "desk-1"));
            assertThat(ImageIO.read(new ByteArrayInputStream(policies.logo().orElseThrow()))
                            .getHeight())
                    .isEqualTo(96);
            assertThatThrownBy(() ->
                            policies.saveLogo("nope".getBytes(StandardCharsets.UTF_8), Actor.staff("ann", "desk-1")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(policies.logo()).isPresent();
            policies.saveLogo(null, Actor.staff("ann", "desk-1"));
            assertThat(policies.logo()).isEmpty();
            assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.POLICY_CHANGED, null, null, 10)))
                    .extracting(e -> e.detail() + " (" + e.actor() + " at " + e.terminalId() + ")")
                    .containsExactly(
                            "firm logo removed (ann at desk-1)",
                            "firm logo changed (" + FirmLogo.fromFile(picture(200, 100, "png")).length
                                    + " bytes as stored) (ann at desk-1)");
        }
    }
}
