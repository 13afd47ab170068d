package com.portaldesk.verify;

import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.StorageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What a queued code's row keeps sealed until a worker sends it: the whole address, the code and the client's first
 * name, encrypted under the data key and bound to the row's id (a sealed value moved to another row does not open).
 */
final class SealedCode {
    private SealedCode() {}

    /** The sealed parts; a missing first name is kept as "". */
    record Contents(String address, String code, String firstName) {
        Contents {
            firstName = firstName == null ? "" : firstName;
        }
    }

    static byte[] seal(FieldCipher cipher, UUID rowId, Contents contents) {
        return cipher.encryptBytes(pack(contents.address(), contents.code(), contents.firstName()), aad(rowId));
    }

    static Contents open(FieldCipher cipher, UUID rowId, byte[] sealed) {
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(cipher.decryptBytes(sealed, aad(rowId))))) {
            return new Contents(in.readUTF(), in.readUTF(), in.readUTF());
        } catch (IOException e) {
            throw new StorageException("A queued code is damaged.", e);
        }
    }

    private static byte[] pack(String... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String value : values) {
                out.writeUTF(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] aad(UUID id) {
        return ByteBuffer.allocate(16 + 13)
                .put("code_delivery".getBytes(StandardCharsets.US_ASCII))
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }
}
