package com.portaldesk.settings;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns the picture an admin chose into the logo the kiosk shows: a PNG at most {@value #MAX_HEIGHT} pixels tall and
 * {@value #MAX_WIDTH} wide, drawn afresh (nothing of the original file, its metadata included, is kept). A file that
 * is not a picture, is too large, or claims enormous dimensions is refused with words before it is decoded.
 */
public final class FirmLogo {
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int MAX_HEIGHT = 96;
    static final int MAX_WIDTH = 480;
    private static final int MAX_SOURCE_PIXELS = 6000;

    private FirmLogo() {}

    /** The logo as stored; throws IllegalArgumentException with words a person can act on. */
    public static byte[] fromFile(byte[] file) {
        if (file.length == 0) {
            throw new IllegalArgumentException("The file is empty.");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("The picture is larger than 5 MB. Choose a smaller logo file.");
        }
        BufferedImage source = decode(file);
        double scale = Math.min(
                1.0, Math.min((double) MAX_HEIGHT / source.getHeight(), (double) MAX_WIDTH / source.getWidth()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage logo = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(logo, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the logo: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }

    private static BufferedImage decode(byte[] file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAPicture();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The size in the header first: a small file can claim a huge picture and fill the memory.
                if (reader.getWidth(0) > MAX_SOURCE_PIXELS || reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    throw new IllegalArgumentException(
                            "The picture is more than 6000 pixels wide or tall. " + "Choose a smaller logo file.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException refusal) {
                throw refusal;
            }
            throw notAPicture();
        }
    }

    private static IllegalArgumentException notAPicture() {
        return new IllegalArgumentException(
                "This file is not a picture PortalDesk can read. Choose a PNG or JPEG " + "file.");
    }
}
