package com.portaldesk.backup;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.Hmac;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted envelope of a backup file (decision 0014). A short plain header names the format, the firm's key
 * (by an identifier derived from it, not the key) and a random salt; then the archive in chunks of up to 1 MiB,
 * each AES-256-GCM under a key made for this file from the data key and the salt. Each chunk's number and whether
 * it is the last are authenticated with it, so a changed, removed, reordered or cut-off chunk is detected, as is
 * a changed header.
 */
final class BackupCipher {
    static final byte[] MAGIC = "PDBACKUP".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    private static final int CHUNK = 1 << 20;
    private static final int SALT_BYTES = 32;
    private static final int TAG_BITS = 128;

    private final byte[] backupKeyBase;
    private final String keyId;

    BackupCipher(FieldCipher cipher) {
        this.backupKeyBase = cipher.derive("portaldesk/backup/v1");
        this.keyId = HexFormat.of().formatHex(cipher.derive("portaldesk/backup-key-id/v1"), 0, 16);
    }

    /** Identifies the firm's key in a backup's header without revealing anything about it. */
    String keyId() {
        return keyId;
    }

    /** Writes the header, then returns a stream whose bytes go out encrypted; closing it writes the last chunk. */
    OutputStream encrypt(OutputStream file, byte[] salt) throws IOException {
        byte[] header = header(salt);
        DataOutputStream out = new DataOutputStream(file);
        out.write(MAGIC);
        out.writeShort(header.length);
        out.write(header);
        return new Encrypting(out, fileKey(salt), sha256(header));
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** The plain header of a backup file, read without any key. */
    record Header(int format, String keyId, byte[] salt, byte[] raw) {}

    static Header readHeader(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        try {
            in.readFully(magic);
            if (!MessageDigest.isEqual(magic, MAGIC)) {
                throw new BackupDamagedException("This file is not a PortalDesk backup.");
            }
            byte[] raw = new byte[in.readUnsignedShort()];
            in.readFully(raw);
            String text = new String(raw, StandardCharsets.UTF_8);
            int format = Integer.parseInt(field(text, "format"));
            if (format != FORMAT) {
                throw new BackupDamagedException("This backup has format " + format + ", made by a newer PortalDesk; "
                        + "this one reads format " + FORMAT + ".");
            }
            return new Header(format, field(text, "key"), Base64.getDecoder().decode(field(text, "salt")), raw);
        } catch (EOFException e) {
            throw new BackupDamagedException("This file is not a PortalDesk backup, or it was cut short at its start.");
        } catch (IllegalArgumentException e) {
            if (e instanceof BackupDamagedException damaged) {
                throw damaged;
            }
            throw new BackupDamagedException("The header of this backup is damaged.", e);
        }
    }

    /** Decrypts the chunks after the header; refuses another firm's backup before reading any of them. */
    InputStream decrypt(DataInputStream in, Header header) {
        if (!keyId.equals(header.keyId())) {
            throw new BackupDamagedException("This backup was made with another key: another firm's, or this firm's "
                    + "before its data was set up again. Nothing was read from it.");
        }
        return new Decrypting(in, fileKey(header.salt()), sha256(header.raw()));
    }

    private byte[] header(byte[] salt) {
        return ("format=" + FORMAT + "\nkey=" + keyId + "\nsalt="
                        + Base64.getEncoder().encodeToString(salt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String header, String name) {
        for (String line : header.split("\n")) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new BackupDamagedException("The header of this backup is damaged (no " + name + ").");
    }

    private SecretKeySpec fileKey(byte[] salt) {
        return new SecretKeySpec(Hmac.sha256(Hmac.key(backupKeyBase), salt), "AES");
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The nonce (chunk number; the key is this file's alone) and what is authenticated besides the chunk. */
    private static GCMParameterSpec nonce(long chunk) {
        return new GCMParameterSpec(
                TAG_BITS, ByteBuffer.allocate(12).putInt(0).putLong(chunk).array());
    }

    private static byte[] associated(byte[] headerHash, long chunk, boolean last) {
        return ByteBuffer.allocate(headerHash.length + 9)
                .put(headerHash)
                .putLong(chunk)
                .put((byte) (last ? 1 : 0))
                .array();
    }

    private static final class Encrypting extends FilterOutputStream {
        private final DataOutputStream file;
        private final SecretKeySpec key;
        private final byte[] headerHash;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK);
        private long chunk;
        private boolean closed;

        Encrypting(DataOutputStream file, SecretKeySpec key, byte[] headerHash) {
            super(file);
            this.file = file;
            this.key = key;
            this.headerHash = headerHash;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int take = Math.min(length, CHUNK - pending.size());
                pending.write(bytes, offset, take);
                offset += take;
                length -= take;
                if (pending.size() == CHUNK) {
                    writeChunk(false);
                }
            }
        }

        private void writeChunk(boolean last) throws IOException {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, nonce(chunk));
                cipher.updateAAD(associated(headerHash, chunk, last));
                byte[] sealed = cipher.doFinal(pending.toByteArray());
                file.writeByte(last ? 1 : 0);
                file.writeInt(sealed.length);
                file.write(sealed);
                pending.reset();
                chunk++;
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot encrypt the backup: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush() throws IOException {
            file.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                writeChunk(true);
                file.flush(); // the file itself is its owner's to close, after forcing it to disk
            }
        }
    }

    private static final class Decrypting extends InputStream {
        private final DataInputStream file;
        private final SecretKeySpec key;
        private final byte[] headerHash;
        private byte[] buffer = new byte[0];
        private int position;
        private long chunk;
        private boolean ended;

        Decrypting(DataInputStream file, SecretKeySpec key, byte[] headerHash) {
            this.file = file;
            this.key = key;
            this.headerHash = headerHash;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            while (position == buffer.length) {
                if (ended) {
                    return -1;
                }
                nextChunk();
            }
            int take = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, into, offset, take);
            position += take;
            return take;
        }

        private void nextChunk() throws IOException {
            boolean last;
            byte[] sealed;
            try {
                int flag = file.readUnsignedByte();
                last = flag == 1;
                int length = file.readInt();
                if (flag > 1 || length < 16 || length > CHUNK + 16) {
                    throw new BackupDamagedException("This backup was changed after it was written (chunk " + chunk
                            + " is malformed). It cannot be used.");
                }
                sealed = new byte[length];
                file.readFully(sealed);
            } catch (EOFException e) {
                throw new BackupDamagedException("This backup is incomplete: it was cut short (copied only in part, "
                        + "or written by a backup that was interrupted). It cannot be used.");
            }
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, nonce(chunk));
                cipher.updateAAD(associated(headerHash, chunk, last));
                buffer = cipher.doFinal(sealed);
                position = 0;
                chunk++;
            } catch (AEADBadTagException e) {
                throw new BackupDamagedException("This backup was changed after it was written (chunk " + chunk
                        + " does not match its seal). It cannot be used.");
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot decrypt the backup: " + e.getMessage(), e);
            }
            if (last) {
                ended = true;
                if (file.read() != -1) {
                    throw new BackupDamagedException("This backup has bytes after its end: it was changed after it "
                            + "was written. It cannot be used.");
                }
            }
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
